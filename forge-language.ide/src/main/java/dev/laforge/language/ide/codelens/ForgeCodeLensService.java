package dev.laforge.language.ide.codelens;

import com.google.inject.Inject;
import dev.laforge.language.forge.ForgeFile;
import dev.laforge.language.forge.ForgePackage;
import dev.laforge.language.forge.Model;
import dev.laforge.language.forge.Policy;
import dev.laforge.language.ide.migration.LiveMigration;
import dev.laforge.language.ide.preview.Declarations;
import dev.laforge.language.ide.server.LiveProject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.DocumentExtensions;
import org.eclipse.xtext.ide.server.codelens.ICodeLensService;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Code lenses: at the top of each file {@code migration: 3 changes, 1 destructive} (the diff of the
 * project against its schema snapshot in the active dialect, or {@code migration: initial (N
 * tables)} without one; none while the domain has errors; the command shows
 * {@code laforge/migrationDiff}), above each model {@code N policies · SQL} (N counts the project's {@code policy}
 * declarations for the model; the command shows the model's generated SQL), above each policy
 * {@code preview} (the command previews its access rule for an anonymous user). Half-typed
 * declarations without a name get none.
 */
public class ForgeCodeLensService implements ICodeLensService {

  private final DocumentExtensions documents;

  @Inject
  public ForgeCodeLensService(DocumentExtensions documents) {
    this.documents = documents;
  }

  @Override
  public List<? extends CodeLens> computeCodeLenses(Document document, XtextResource resource, CodeLensParams params,
      CancelIndicator indicator) {
    if (resource == null || resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof ForgeFile file)) {
      return List.of();
    }
    String uri = params.getTextDocument().getUri();
    List<CodeLens> lenses = new ArrayList<>();
    LiveProject project = LiveProject.of(resource);
    LiveMigration.of(project).summary(project.activeDialect()).ifPresent(summary -> lenses.add(new CodeLens(
        new Range(new Position(0, 0), new Position(0, 0)),
        new Command(summary.text(), ForgeCommandService.SHOW_MIGRATION_DIFF, List.of(uri)), null)));
    Map<String, Integer> policyCounts = null;
    for (EObject declaration : file.getDeclarations()) {
      if (declaration instanceof Model model && model.getName() != null) {
        if (policyCounts == null) {
          policyCounts = policyCounts(project.files());
        }
        int policies = policyCounts.getOrDefault(model.getName(), 0);
        String title = policies + (policies == 1 ? " policy" : " policies") + " · SQL";
        lenses.add(lens(resource, model, ForgePackage.Literals.MODEL__NAME,
            new Command(title, ForgeCommandService.SHOW_GENERATED_SQL, List.of(uri, model.getName()))));
      } else if (declaration instanceof Policy policy && Declarations.ruleName(policy) != null) {
        lenses.add(lens(resource, policy, ForgePackage.Literals.POLICY__ACTION,
            new Command("preview", ForgeCommandService.PREVIEW_POLICY, List.of(uri, Declarations.ruleName(policy)))));
      }
    }
    return lenses;
  }

  private static Map<String, Integer> policyCounts(List<ForgeFile> files) {
    Map<String, Integer> counts = new HashMap<>();
    for (Policy policy : Declarations.policies(files)) {
      String model = Declarations.modelOf(policy);
      if (model != null) {
        counts.merge(model, 1, Integer::sum);
      }
    }
    return counts;
  }

  /** A lens over the declaration's header: from its first keyword to the end of {@code last}. */
  private CodeLens lens(XtextResource resource, EObject declaration, EStructuralFeature last, Command command) {
    INode node = NodeModelUtils.getNode(declaration);
    List<INode> ends = NodeModelUtils.findNodesForFeature(declaration, last);
    int start = node.getOffset();
    int end = ends.isEmpty() ? start : ends.get(ends.size() - 1).getEndOffset();
    Range range = documents.newRange(resource, start, end);
    return new CodeLens(range, command, null);
  }
}
