package dev.laforge.language;

import static dev.laforge.backend.diagnostics.DiagnosticCode.LF207;
import static dev.laforge.backend.diagnostics.DiagnosticCode.LF213;
import static dev.laforge.backend.diagnostics.DiagnosticCode.LF214;
import static dev.laforge.backend.diagnostics.DiagnosticCode.LF215;
import static dev.laforge.backend.diagnostics.DiagnosticCode.LF218;
import static dev.laforge.language.Marked.clean;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.laforge.backend.diagnostics.Diagnostic;
import dev.laforge.backend.diagnostics.Severity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** LF207, LF213-LF215 and misplaced inverses: how relations find their foreign keys. */
class RelationValidationTest {

  static final String KEYS = "id: uuid pk tenantId: uuid tenant ";

  static List<String> firstData(ForgeDomainLoader.Result result) {
    return result.diagnostics().stream().map(d -> d.data().get("0")).toList();
  }

  @Test
  void lf207TwoModelCycle() {
    Marked src = Marked.of("model A { " + KEYS + "b: ⟦belongsTo(B)⟧ }\nmodel B { " + KEYS + "a: ⟦belongsTo(A)⟧ optional }\n");
    var result = src.assertExactly(src.expect(0, LF207), src.expect(1, LF207));
    assertEquals(List.of("A,B,A", "B,A,B"), firstData(result));
  }

  @Test
  void lf207LongerCycleIsReportedOnEveryEdge() {
    Marked src = Marked.of("model A { " + KEYS + "b: ⟦belongsTo(B)⟧ }\nmodel B { " + KEYS + "c: ⟦belongsTo(C)⟧ }\n"
        + "model C { " + KEYS + "a: ⟦belongsTo(A)⟧ }\nmodel D { " + KEYS + "a: belongsTo(A) }\n");
    var result = src.assertExactly(src.expect(0, LF207), src.expect(1, LF207), src.expect(2, LF207));
    assertEquals(List.of("A,B,C,A", "B,C,A,B", "C,A,B,C"), firstData(result));
  }

  @Test
  void selfReferencesAndInverseSidesAreNoCycle() {
    clean("model Category { " + KEYS + "parent: belongsTo(Category) optional children: hasMany(Category) }\n"
        + "model Team { " + KEYS + "members: hasMany(User) }\n"
        + "model User { " + KEYS + "team: belongsTo(Team) teams: manyToMany(Team) }\n");
  }

  @Test
  void lf213AmbiguousInverse() {
    Marked src = Marked.of("model User { " + KEYS + "posts: hasMany(⟦Post⟧) }\n"
        + "model Post { " + KEYS + "author: belongsTo(User) editor: belongsTo(User) optional }\n");
    Diagnostic d = src.assertExactly(src.expect(LF213)).diagnostics().get(0);
    assertEquals(Map.of("0", "Post", "1", "author,editor"), d.data());
    clean("model User { " + KEYS + "posts: hasMany(Post.author) edits: hasMany(Post.editor) }\n"
        + "model Post { " + KEYS + "author: belongsTo(User) editor: belongsTo(User) optional }\n");
  }

  @Test
  void lf214ImplicitForeignKeyIsAnInfo() {
    Marked src = Marked.of("model Company { " + KEYS + "deals: hasMany(⟦Deal⟧) }\nmodel Deal { " + KEYS + "}\n");
    var result = src.assertExactly(src.expect(LF214));
    assertEquals(Severity.INFO, result.diagnostics().get(0).severity());
    assertEquals(Map.of("0", "Deal", "1", "companyId", "2", "Company"), result.diagnostics().get(0).data());
    clean("model Company { " + KEYS + "deals: hasMany(Deal) }\nmodel Deal { " + KEYS + "company: belongsTo(Company) }\n");
    clean("model Company { " + KEYS + "deals: hasMany(Deal) }\nmodel Deal { " + KEYS + "companyId: uuid optional }\n");
  }

  @Test
  void lf215ForeignKeyNotUuid() {
    Marked explicit = Marked.of("model Team { " + KEYS + "}\nmodel Player { " + KEYS + "teamId: ⟦string⟧ team: belongsTo(Team) }\n");
    assertEquals(Map.of("0", "teamId", "1", "team"), explicit.assertExactly(explicit.expect(LF215)).diagnostics().get(0).data());

    Marked named = Marked.of("model Team { " + KEYS + "players: hasMany(Player.⟦nick⟧) }\nmodel Player { " + KEYS + "nick: string }\n");
    assertEquals("nick", named.assertExactly(named.expect(LF215)).diagnostics().get(0).data().get("0"));

    Marked byName = Marked.of("model Team { " + KEYS + "players: hasMany(⟦Player⟧) }\nmodel Player { " + KEYS + "teamId: int }\n");
    assertEquals(Map.of("0", "teamId", "1", "players"), byName.assertExactly(byName.expect(LF215)).diagnostics().get(0).data());

    clean("model Team { " + KEYS + "players: hasMany(Player.teamId) }\nmodel Player { " + KEYS + "teamId: uuid team: belongsTo(Team) }\n");
  }

  @Test
  void lf218InverseOnlyOnHasMany() {
    Marked src = Marked.of("model Team { " + KEYS + "}\n"
        + "model Player { " + KEYS + "team: belongsTo(Team.⟦id⟧) clubs: manyToMany(Team.⟦tenantId⟧) }\n");
    var result = src.assertExactly(src.expect(0, LF218), src.expect(1, LF218));
    assertEquals(List.of("team", "clubs"), firstData(result));
  }
}
