package dev.laforge.language.diagnostics;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.LineAndColumn;

/**
 * Where a declaration's name is written, carried as one issue datum so that a diagnostic about a
 * duplicate can point at the other declaration (the editor shows it as related information). The
 * datum is the file's URI with the name's range as fragment:
 * {@code <uri>#<line>:<column>-<endLine>:<endColumn>}, lines and columns 1-based, the end exclusive.
 *
 * @param uri the URI of the file, as the loader or the language server named its resource
 * @param line first line of the name (1-based)
 * @param column first column of the name (1-based)
 * @param endLine last line of the name (1-based)
 * @param endColumn column just after the name (1-based)
 */
public record DeclarationLocation(String uri, int line, int column, int endLine, int endColumn) {

  private static final Pattern DATUM = Pattern.compile("(.+)#(\\d+):(\\d+)-(\\d+):(\\d+)");

  /** The location of {@code feature} of {@code declaration} (its name), or empty when it has no source text. */
  public static Optional<DeclarationLocation> of(EObject declaration, EStructuralFeature feature) {
    if (declaration == null || declaration.eResource() == null) {
      return Optional.empty();
    }
    List<INode> nodes = NodeModelUtils.findNodesForFeature(declaration, feature);
    INode node = nodes.isEmpty() ? NodeModelUtils.getNode(declaration) : nodes.get(0);
    if (node == null) {
      return Optional.empty();
    }
    LineAndColumn start = NodeModelUtils.getLineAndColumn(node, node.getOffset());
    LineAndColumn end = NodeModelUtils.getLineAndColumn(node, node.getEndOffset());
    return Optional.of(new DeclarationLocation(declaration.eResource().getURI().toString(),
        start.getLine(), start.getColumn(), end.getLine(), end.getColumn()));
  }

  /** Reads a datum written by {@link #datum()}; empty for any other string. */
  public static Optional<DeclarationLocation> parse(String datum) {
    if (datum == null) {
      return Optional.empty();
    }
    Matcher m = DATUM.matcher(datum);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new DeclarationLocation(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
          Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5))));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** The issue datum: {@code <uri>#<line>:<column>-<endLine>:<endColumn>}. */
  public String datum() {
    return uri + "#" + line + ":" + column + "-" + endLine + ":" + endColumn;
  }
}
