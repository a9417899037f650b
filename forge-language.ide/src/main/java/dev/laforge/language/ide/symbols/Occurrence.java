package dev.laforge.language.ide.symbols;

import dev.laforge.backend.naming.Naming;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.XtextResource;

/**
 * One place where a symbol's name is written: its declaration, a reference by name, a
 * foreign-key alias ({@code authorId} for the belongsTo relation {@code author}) or the text of
 * a string literal that names a role, a claim or an enum value. {@code offset} and
 * {@code length} delimit exactly the characters a rename replaces.
 */
public record Occurrence(EObject symbol, XtextResource resource, int offset, int length, Kind kind, boolean write) {

  /** How the name is written at this place. */
  public enum Kind {
    /** The declared name. */
    DECLARATION,
    /** A reference by name. */
    REFERENCE,
    /** {@code <relation>Id}: a belongsTo relation referred to through its foreign key. */
    FOREIGN_KEY,
    /** The text between the quotes of a string literal. */
    STRING
  }

  public int endOffset() {
    return offset + length;
  }

  /** The text that replaces this occurrence when the symbol is renamed to {@code newName}. */
  public String renamed(String newName) {
    return kind == Kind.FOREIGN_KEY ? Naming.foreignKeyFieldName(newName) : newName;
  }

  public boolean contains(int position) {
    return offset <= position && position <= endOffset();
  }
}
