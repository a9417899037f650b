package dev.laforge.language.ide.rename;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import dev.laforge.backend.naming.Naming;
import dev.laforge.language.ast.ForgeAst;
import dev.laforge.language.forge.Field;
import dev.laforge.language.forge.Model;
import dev.laforge.language.ide.server.RequestError;
import dev.laforge.language.ide.symbols.Locations;
import dev.laforge.language.ide.symbols.Occurrence;
import dev.laforge.language.ide.symbols.SymbolFinder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.rename.IRenameService2;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Renames a model, field, enum, enum value, role, claim, extension action or local variable
 * everywhere in its project: declarations, references in every file (policies and permissions
 * included), foreign-key aliases ({@code record.authorId} becomes {@code record.writerId} when
 * {@code author} becomes {@code writer}) and strings naming roles, claims and enum values
 * ({@code user.roles.includes("admin")}, {@code record.status == "draft"}). Renaming a belongsTo
 * relation also renames its explicit foreign-key field ({@code userId} beside {@code user}).
 * Renaming at a foreign-key alias or an explicit foreign-key field renames the relation (and the
 * field): the new name must end in {@code Id}.
 * Invalid or taken names are refused with a message ({@link NewNameCheck}).
 */
@Singleton
public class ForgeRenameService implements IRenameService2 {

  static final String NOTHING_TO_RENAME = "Nothing to rename here: place the cursor on the name of a model, field, enum, enum value, "
      + "role, claim, action or variable";

  @Inject private SymbolFinder symbols;
  @Inject private Locations locations;
  @Inject private NewNameCheck check;

  @Override
  public Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior> prepareRename(PrepareRenameOptions options) {
    String uri = options.getParams().getTextDocument().getUri();
    return options.getLanguageServerAccess().doSyncRead(uri, context -> {
      Occurrence at = target(context, options.getParams().getPosition());
      String placeholder = at.resource().getParseResult().getRootNode().getText().substring(at.offset(), at.endOffset());
      return Either3.forSecond(new PrepareRenameResult(locations.range(at), placeholder));
    });
  }

  @Override
  public WorkspaceEdit rename(Options options) {
    String uri = options.getRenameParams().getTextDocument().getUri();
    return options.getLanguageServerAccess().doSyncRead(uri, context -> {
      Occurrence at = target(context, options.getRenameParams().getPosition());
      EObject symbol = at.symbol();
      String newName = options.getRenameParams().getNewName();
      if (at.kind() == Occurrence.Kind.FOREIGN_KEY) {
        newName = relationName(newName, (Field) symbol);
      } else if (symbol instanceof Field field && relationOf(field) != null) {
        // The explicit foreign key of a relation is renamed with it.
        symbol = relationOf(field);
        newName = relationName(newName, (Field) symbol);
      }
      Map<String, List<TextEdit>> changes = new LinkedHashMap<>();
      if (newName.equals(symbol.eGet(symbol.eClass().getEStructuralFeature("name")))) {
        return new WorkspaceEdit(changes);
      }
      check.check(symbol, newName);
      add(changes, symbols.occurrences(symbol), newName);
      if (symbol instanceof Field field && ForgeAst.isBelongsTo(field)) {
        Field foreignKey = ForgeAst.explicitForeignKey(field);
        if (foreignKey != null) {
          add(changes, symbols.occurrences(foreignKey), Naming.foreignKeyFieldName(newName));
        }
      }
      return new WorkspaceEdit(changes);
    });
  }

  private Occurrence target(ILanguageServerAccess.Context context, Position position) {
    if (!(context.getResource() instanceof XtextResource resource)) {
      throw RequestError.failed(NOTHING_TO_RENAME);
    }
    int offset = context.getDocument().getOffSet(position);
    return symbols.at(resource, offset).orElseThrow(() -> RequestError.failed(NOTHING_TO_RENAME));
  }

  /** At {@code authorId} the user renames the foreign key: {@code writerId} renames the relation to {@code writer}. */
  private static String relationName(String newForeignKey, Field relation) {
    String suffix = Naming.foreignKeyFieldName("");
    if (newForeignKey.length() <= suffix.length() || !newForeignKey.endsWith(suffix)) {
      throw RequestError.failed("`" + newForeignKey + "` is not a foreign-key name: renaming `" + Naming.foreignKeyFieldName(relation.getName())
          + "` renames the relation `" + relation.getName() + "`, so the new name must end in `" + suffix + "`");
    }
    return newForeignKey.substring(0, newForeignKey.length() - suffix.length());
  }

  /** The belongsTo relation whose explicit foreign-key field {@code field} is ({@code user} for {@code userId}), or null. */
  private static Field relationOf(Field field) {
    if (!(field.eContainer() instanceof Model model) || ForgeAst.relation(field) != null) {
      return null;
    }
    for (Field candidate : ForgeAst.fields(model)) {
      if (ForgeAst.isBelongsTo(candidate) && candidate.getName() != null && ForgeAst.explicitForeignKey(candidate) == field) {
        return candidate;
      }
    }
    return null;
  }

  private void add(Map<String, List<TextEdit>> changes, List<Occurrence> occurrences, String newName) {
    for (Occurrence o : occurrences) {
      changes.computeIfAbsent(locations.uri(o.resource()), k -> new ArrayList<>())
          .add(new TextEdit(locations.range(o), o.renamed(newName)));
    }
  }
}
