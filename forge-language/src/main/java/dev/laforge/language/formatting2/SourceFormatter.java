package dev.laforge.language.formatting2;

import com.google.inject.Inject;
import com.google.inject.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

/**
 * Formats whole .forge texts with {@link ForgeFormatter} outside an editor ({@code forge fmt}).
 * Text with syntax errors is never reformatted: the result is empty.
 */
public class SourceFormatter {

  @Inject private Provider<XtextResourceSet> resourceSets;
  @Inject private Provider<IFormatter2> formatters;
  @Inject private Provider<TextRegionAccessBuilder> regionAccessBuilders;
  @Inject private Provider<FormatterRequest> requests;

  public Optional<String> format(String text) {
    XtextResourceSet set = resourceSets.get();
    XtextResource resource = (XtextResource) set.createResource(URI.createURI("forge:/fmt.forge"));
    try {
      resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
    } catch (IOException e) {
      return Optional.empty();
    }
    if (resource.getParseResult().hasSyntaxErrors()) {
      return Optional.empty();
    }
    if (resource.getContents().isEmpty()
        || !(resource.getContents().get(0) instanceof dev.laforge.language.forge.ForgeFile file)
        || file.getDeclarations().isEmpty()) {
      // Nothing but comments and blank space: there is no layout to impose.
      return Optional.of(text);
    }
    ITextRegionAccess access = regionAccessBuilders.get().forNodeModel(resource).create();
    FormatterRequest request = requests.get().setTextRegionAccess(access);
    List<ITextReplacement> replacements = new ArrayList<>(formatters.get().format(request));
    replacements.sort(Comparator.comparingInt(ITextReplacement::getOffset).reversed());
    StringBuilder out = new StringBuilder(text);
    for (ITextReplacement r : replacements) {
      out.replace(r.getOffset(), r.getEndOffset(), r.getReplacementText());
    }
    String result = out.toString();
    return Optional.of(result.isBlank() ? "" : result);
  }
}
