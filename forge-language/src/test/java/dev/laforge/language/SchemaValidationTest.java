package dev.laforge.language;

import static dev.laforge.backend.diagnostics.DiagnosticCode.LF201;
import static dev.laforge.backend.diagnostics.DiagnosticCode.LF202;
import static dev.laforge.backend.diagnostics.DiagnosticCode.LF203;
import static dev.laforge.backend.diagnostics.DiagnosticCode.LF204;
import static dev.laforge.backend.diagnostics.DiagnosticCode.LF205;
import static dev.laforge.backend.diagnostics.DiagnosticCode.LF206;
import static dev.laforge.backend.diagnostics.DiagnosticCode.LF208;
import static dev.laforge.backend.diagnostics.DiagnosticCode.LF209;
import static dev.laforge.backend.diagnostics.DiagnosticCode.LF210;
import static dev.laforge.backend.diagnostics.DiagnosticCode.LF211;
import static dev.laforge.backend.diagnostics.DiagnosticCode.LF216;
import static dev.laforge.backend.diagnostics.DiagnosticCode.LF217;
import static dev.laforge.backend.diagnostics.DiagnosticCode.LF218;
import static dev.laforge.language.Marked.clean;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.laforge.backend.diagnostics.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** LF201-LF206, LF208-LF211, LF216-LF218: models, fields, enums and their SQL names. */
class SchemaValidationTest {

  static final String KEYS = "id: uuid pk tenantId: uuid tenant ";

  static List<Map<String, String>> data(ForgeDomainLoader.Result result) {
    return result.diagnostics().stream().map(Diagnostic::data).toList();
  }

  @Test
  void lf201MissingPrimaryKey() {
    Marked src = Marked.of("model ⟦Account⟧ {\n  tenantId: uuid tenant\n  name: string\n}\n");
    assertEquals("Account", src.assertExactly(src.expect(LF201)).diagnostics().get(0).data().get("0"));
    clean("model Account { key: string pk tenantId: uuid tenant }");
    clean("model Account { id: uuid tenantId: uuid tenant }");
  }

  @Test
  void lf201AFieldNamedIdThatIsARelationIsNoKey() {
    Marked src = Marked.of("model ⟦A⟧ { tenantId: uuid tenant id: belongsTo(B) }\nmodel B { " + KEYS + "}\n");
    src.assertExactly(src.expect(LF201));
  }

  @Test
  void lf202OptionalPrimaryKey() {
    Marked src = Marked.of("model A {\n  id: uuid pk ⟦optional⟧\n  tenantId: uuid tenant\n}\n");
    assertEquals(Map.of("0", "id", "1", "A"), src.assertExactly(src.expect(LF202)).diagnostics().get(0).data());
    Marked implicit = Marked.of("model A { id: uuid ⟦optional⟧ tenantId: uuid tenant }");
    implicit.assertExactly(implicit.expect(LF202));
    clean("model A { id: uuid pk tenantId: uuid tenant note: string optional }");
  }

  @Test
  void lf203DuplicateModelInOneFile() {
    Marked src = Marked.of("model ⟦Post⟧ { " + KEYS + "}\nmodel ⟦Post⟧ { " + KEYS + "title: string }\n");
    var result = src.assertExactly(src.expect(0, LF203), src.expect(1, LF203));
    assertEquals(Map.of("0", "Post", "1", "this file", "2", "forge:/0/domain.forge#2:7-2:11"), result.diagnostics().get(0).data());
  }

  @Test
  void lf203DuplicateModelAcrossFiles() {
    Marked a = Marked.of("blog/a.forge", "model ⟦Post⟧ { " + KEYS + "}\n");
    Marked b = Marked.of("b.forge", "\n\nmodel ⟦Post⟧ { " + KEYS + "}\n");
    var result = Marked.loadAll(a, b);
    Marked.assertDiagnostics(result, a.expect(LF203), b.expect(LF203));
    assertEquals(List.of("a.forge", "b.forge"), result.diagnostics().stream().map(d -> d.data().get("1")).toList());
    // The other declaration's name, for the editor's related information.
    assertEquals(List.of("forge:/0/blog/a.forge#1:7-1:11", "forge:/1/b.forge#3:7-3:11"),
        result.diagnostics().stream().map(d -> d.data().get("2")).toList());
    clean("a.forge", "model Post { " + KEYS + "}", "b.forge", "model Page { " + KEYS + "}");
  }

  @Test
  void lf204DuplicateField() {
    Marked src = Marked.of("model A {\n  " + KEYS + "\n  title: string\n  ⟦title⟧: text\n}\n");
    assertEquals(Map.of("0", "title", "1", "A", "2", "forge:/0/domain.forge#3:3-3:8"),
        src.assertExactly(src.expect(LF204)).diagnostics().get(0).data());
    clean("model A { " + KEYS + "title: string }\nmodel B { " + KEYS + "title: string }");
  }

  @Test
  void lf205DuplicateEnumAndLf206DuplicateValue() {
    Marked src = Marked.of("enum ⟦Status⟧ { on off }\nenum ⟦Status⟧ { yes no ⟦yes⟧ }\n");
    var result = src.assertExactly(src.expect(0, LF205), src.expect(1, LF205), src.expect(2, LF206));
    assertEquals(Map.of("0", "yes", "1", "Status"), result.diagnostics().get(2).data());
    Marked a = Marked.of("a.forge", "enum ⟦Status⟧ { on off }");
    Marked b = Marked.of("b.forge", "enum ⟦Status⟧ { on off }");
    Marked.assertDiagnostics(Marked.loadAll(a, b), a.expect(LF205), b.expect(LF205));
    clean("enum Status { on off }\nenum Level { on off }");
  }

  @Test
  void lf208TenantNotUuid() {
    Marked src = Marked.of("model A { id: uuid pk tenantId: ⟦string⟧ tenant }");
    assertEquals("tenantId", src.assertExactly(src.expect(LF208)).diagnostics().get(0).data().get("0"));
    clean("model A { id: uuid pk orgId: uuid tenant }");
  }

  @Test
  void lf209MoreThanOneTenantField() {
    Marked src = Marked.of("model A {\n  id: uuid pk\n  tenantId: uuid tenant\n  orgId: uuid ⟦tenant⟧\n}\n");
    assertEquals(Map.of("0", "orgId", "1", "tenantId"), src.assertExactly(src.expect(LF209)).diagnostics().get(0).data());
    clean("model A { id: uuid pk tenantId: uuid tenant orgId: uuid }");
  }

  @Test
  void lf210DefaultDoesNotFitTheType() {
    Marked src = Marked.of("enum Status { draft live }\nmodel A {\n  " + KEYS + """

          a: string default ⟦1⟧
          b: int default ⟦1.5⟧
          c: boolean default ⟦"true"⟧
          d: uuid default ⟦"not-a-uuid"⟧
          e: string default ⟦null⟧
          f: datetime default ⟦uuid()⟧
          g: string default ⟦draft⟧
          h: Status default ⟦"draft"⟧
          i: decimal default ⟦now()⟧
          j: json default ⟦true⟧
          k: bigint default ⟦-0.5⟧
        }
        """);
    var result = src.assertExactly(java.util.stream.IntStream.range(0, 11).mapToObj(i -> src.expect(i, LF210))
        .toArray(Marked.Expected[]::new));
    // Data: field, type, a default that would fit (for a quick fix).
    assertEquals(Map.of("0", "a", "1", "string", "2", "\"\""), data(result).get(0));
    assertEquals(Map.of("0", "h", "1", "enum Status", "2", "draft"), data(result).get(7));
    clean("enum Status { draft live }\nmodel A {\n  " + KEYS + """
          a: string default "1"
          b: int default -2
          b2: int default 2.0
          c: boolean default true
          d: uuid default "123e4567-e89b-12d3-a456-426614174000"
          e: string optional default null
          f: datetime default now()
          h: Status default live
          i: decimal default 0.5
          j: json default "[]"
        }
        """);
  }

  @Test
  void lf211IdentifiersLongerThan63Bytes() {
    String field64 = "f".repeat(64);
    String table64 = "t".repeat(64);
    String multiByte64 = "é".repeat(32);
    String enum64 = "E" + "e".repeat(63);
    String relation62 = "r".repeat(62);
    Marked src = Marked.of("model A {\n  " + KEYS + "\n  ⟦" + field64 + "⟧: string\n  x: string column(⟦\"" + multiByte64 + "\"⟧)\n"
        + "  ⟦" + relation62 + "⟧: belongsTo(B)\n}\n"
        + "model B table(⟦\"" + table64 + "\"⟧) { " + KEYS + "}\n"
        + "model C {\n  table(⟦\"" + multiByte64 + "\"⟧)\n  " + KEYS + "}\n"
        + "enum ⟦" + enum64 + "⟧ { a }\n");
    var result = src.assertExactly(src.expect(0, LF211), src.expect(1, LF211), src.expect(2, LF211), src.expect(3, LF211),
        src.expect(4, LF211), src.expect(5, LF211));
    assertEquals(Map.of("0", field64, "1", "63"), data(result).get(0));
    assertEquals(multiByte64, data(result).get(1).get("0"));
    assertEquals(64, multiByte64.getBytes(StandardCharsets.UTF_8).length);
    assertEquals(relation62 + "_id", data(result).get(2).get("0"));
    // 63 bytes fit, also when some characters take two bytes.
    String multiByte63 = "é".repeat(31) + "a";
    clean("model A {\n  " + KEYS + "\n  " + "f".repeat(63) + ": string\n  x: string column(\"" + multiByte63 + "\")\n  "
        + "r".repeat(60) + ": belongsTo(B)\n}\nmodel B table(\"" + "t".repeat(63) + "\") { " + KEYS + "}\n"
        + "model C table(\"" + multiByte63 + "\") { " + KEYS + "}\nenum E" + "e".repeat(62) + " { a }\n");
  }

  @Test
  void lf216InvalidValidationModifiers() {
    Marked src = Marked.of("model A {\n  " + KEYS + """

          a: int ⟦length(1..5)⟧
          b: string ⟦length(5..1)⟧
          c: string ⟦min(1)⟧ ⟦max(9)⟧
          ⟦d⟧: int min(10) max(1)
          e: boolean ⟦pattern("x")⟧
          f: string ⟦pattern("([a-z")⟧
          g: int ⟦email⟧
        }
        """);
    var result = src.assertExactly(java.util.stream.IntStream.range(0, 8).mapToObj(i -> src.expect(i, LF216))
        .toArray(Marked.Expected[]::new));
    assertEquals(Map.of("0", "a", "1", "length"), data(result).get(0));
    assertEquals(Map.of("0", "d"), data(result).get(4));
    clean("model A {\n  " + KEYS + "\n  a: text length(1..5) pattern(\"[a-z]+\") email\n  b: decimal min(-1) max(1)\n"
        + "  c: int min(3) max(3)\n  d: string length(5..5)\n}\n");
  }

  @Test
  void lf217TwoFieldsOrModelsMapToTheSameName() {
    Marked src = Marked.of("model A {\n  " + KEYS + "\n  title: string column(\"label\")\n  ⟦label⟧: string\n}\n"
        + "model ⟦Tag⟧ { " + KEYS + "}\nmodel ⟦Label⟧ table(\"tags\") { " + KEYS + "}\n");
    var result = src.assertExactly(src.expect(0, LF217), src.expect(1, LF217), src.expect(2, LF217));
    assertEquals(Map.of("0", "label", "1", "A"), data(result).get(0));
    assertEquals(Map.of("0", "tags", "1", "Label"), data(result).get(1));
    clean("model A {\n  " + KEYS + "\n  title: string column(\"label\")\n  label2: string\n}\nmodel Tag { " + KEYS + "}\n");
  }

  @Test
  void lf217DeclaredColumnClashesWithTheForeignKeyOfABelongsTo() {
    Marked src = Marked.of("model B { " + KEYS + "}\nmodel A {\n  " + KEYS + "\n  author_id: string\n  ⟦author⟧: belongsTo(B)\n}\n");
    assertEquals(Map.of("0", "author_id", "1", "A"), src.assertExactly(src.expect(LF217)).diagnostics().get(0).data());
    // The FK field declared beside its relation is that column, not a second one.
    clean("model B { " + KEYS + "}\nmodel A {\n  " + KEYS + "\n  authorId: uuid\n  author: belongsTo(B)\n}\n");
  }

  @Test
  void lf218MisplacedModifiers() {
    Marked src = Marked.of("model A {\n  " + KEYS + """

          b: belongsTo(B) ⟦unique⟧
          c: belongsTo(B) ⟦onDelete(setNull)⟧
          d: hasMany(B) ⟦optional⟧
          e: string ⟦onDelete(cascade)⟧
          ⟦f⟧: string default "a" default "b"
          g: belongsTo(B) ⟦default x⟧
          h: manyToMany(B) ⟦secret⟧
          i: hasMany(B) ⟦onDelete(restrict)⟧
        }
        model B table("bs") { ⟦table("others")⟧
        """ + "  " + KEYS + "aId: uuid }\n");
    var result = src.assertExactly(java.util.stream.IntStream.range(0, 9).mapToObj(i -> src.expect(i, LF218))
        .toArray(Marked.Expected[]::new));
    assertEquals(Map.of("0", "b", "1", "unique"), data(result).get(0));
    clean("model A {\n  " + KEYS + "\n  b: belongsTo(B) optional onDelete(setNull) pii renamedFrom(\"bee\")\n"
        + "  c: belongsTo(B) onDelete(restrict)\n  d: hasMany(B.aId)\n  e: manyToMany(B) pii\n}\nmodel B { " + KEYS + "\n table(\"bs\")\n aId: uuid }\n");
  }
}
