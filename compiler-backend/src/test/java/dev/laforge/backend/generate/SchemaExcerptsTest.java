package dev.laforge.backend.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laforge.backend.ir.Action;
import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.ir.Field;
import dev.laforge.backend.ir.Model;
import dev.laforge.backend.ir.Relation;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.policy.RlsWriter;
import dev.laforge.backend.testing.PolicySampleDomains;
import dev.laforge.backend.testing.SampleDomains;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Excerpts are the generators' own text: every line of one is found in the script it is taken from. */
class SchemaExcerptsTest {

  static List<String> cases() {
    return SampleDomains.caseNames();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void everyExcerptIsPartOfTheScript(String name) {
    Domain domain = SampleDomains.CASES.get(name).get();
    for (Dialect dialect : Dialect.values()) {
      String script = SchemaGenerators.forDialect(dialect).generate(domain).get(0).content();
      SchemaExcerpts excerpts = SchemaExcerpts.of(domain, dialect);
      for (Model model : domain.models()) {
        String table = excerpts.model(model.name()).orElseThrow();
        String create = createTable(table);
        assertTrue(script.contains("\n" + create + "\n"), dialect + " " + model.name() + ":\n" + create);
        assertLinesInScript(script, table.substring(create.length()), dialect + " " + model.name());
        for (Field field : model.fields()) {
          assertLinesInScript(script, excerpts.field(model.name(), field.name()).orElseThrow(), dialect + " " + model.name() + "." + field.name());
        }
        for (Relation relation : model.relations()) {
          Optional<String> excerpt = excerpts.relation(model.name(), relation.name());
          assertTrue(excerpt.isPresent(), model.name() + "." + relation.name());
          if (relation.kind() != Relation.RelationKind.MANY_TO_MANY) {
            assertLinesInScript(script, excerpt.get(), dialect + " " + model.name() + "." + relation.name());
          } else {
            String joinCreate = createTable(excerpt.get());
            assertTrue(script.contains("\n" + joinCreate + "\n"), excerpt.get());
            assertLinesInScript(script, excerpt.get().substring(joinCreate.length()), dialect + " " + model.name() + "." + relation.name());
          }
        }
      }
    }
  }

  @Test
  void theBlogInPostgres() {
    SchemaExcerpts pg = SchemaExcerpts.of(SampleDomains.blog(), Dialect.POSTGRES);
    assertEquals("""
        CREATE TABLE "users" (
          "id" uuid NOT NULL DEFAULT gen_random_uuid(),
          "tenant_id" uuid NOT NULL,
          "email" text NOT NULL,
          "role" text NOT NULL DEFAULT 'member',
          CONSTRAINT "users_pkey" PRIMARY KEY ("id"),
          CONSTRAINT "users_email_key" UNIQUE ("email"),
          CONSTRAINT "users_email_check" CHECK (char_length("email") BETWEEN 3 AND 320 AND "email" ~ '^[^@[:space:]]+@[^@[:space:]]+[.][^@[:space:]]+$')
        );
        CREATE INDEX "users_tenant_id_idx" ON "users" ("tenant_id");""", pg.model("User").orElseThrow());
    assertEquals("""
        "title" text NOT NULL
        CONSTRAINT "posts_title_check" CHECK (char_length("title") BETWEEN 1 AND 200)""", pg.field("Post", "title").orElseThrow());
    assertEquals("""
        "author_id" uuid NOT NULL
        ALTER TABLE "posts" ADD CONSTRAINT "posts_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users" ("id") ON DELETE CASCADE;""",
        pg.relation("Post", "author").orElseThrow());
    assertEquals(pg.relation("Post", "author"), pg.relation("User", "posts"), "hasMany shows the FK in the target");
    assertEquals("""
        CREATE TABLE "posts_tags" (
          "post_id" uuid NOT NULL,
          "tag_id" uuid NOT NULL,
          CONSTRAINT "posts_tags_pkey" PRIMARY KEY ("post_id", "tag_id")
        );
        ALTER TABLE "posts_tags" ADD CONSTRAINT "posts_tags_post_id_fkey" FOREIGN KEY ("post_id") REFERENCES "posts" ("id") ON DELETE CASCADE;
        ALTER TABLE "posts_tags" ADD CONSTRAINT "posts_tags_tag_id_fkey" FOREIGN KEY ("tag_id") REFERENCES "tags" ("id") ON DELETE CASCADE;
        CREATE INDEX "posts_tags_tag_id_idx" ON "posts_tags" ("tag_id");""", pg.relation("Tag", "posts").orElseThrow());
    assertEquals(Optional.empty(), pg.model("Nobody"));
    assertEquals(Optional.empty(), pg.field("Post", "nothing"));
  }

  @Test
  void sqliteKeepsForeignKeysInsideTheTable() {
    SchemaExcerpts lite = SchemaExcerpts.of(SampleDomains.blog(), Dialect.SQLITE);
    assertEquals("""
        "author_id" TEXT NOT NULL
        CONSTRAINT "posts_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users" ("id") ON DELETE CASCADE""",
        lite.relation("Post", "author").orElseThrow());
  }

  @Test
  void thePolicyOfOneActionIsPartOfTheRlsScript() {
    Domain domain = PolicySampleDomains.blog();
    String rls = RlsWriter.write(domain);
    for (Model model : domain.models()) {
      for (Action action : Action.values()) {
        String policy = RlsWriter.policy(domain, model.name(), action);
        for (String line : policy.split("\n")) {
          assertTrue(rls.lines().anyMatch(line::equals), model.name() + "." + action.keyword() + ": " + line);
        }
        String permissive = policy.substring(policy.indexOf("-- "));
        assertTrue(rls.contains(permissive), permissive);
      }
    }
  }

  /** The leading CREATE TABLE statement of a table excerpt, with the comment line SQLite may put before it. */
  private static String createTable(String excerpt) {
    List<String> lines = excerpt.lines().toList();
    int start = lines.get(0).startsWith("-- ") ? 1 : 0;
    assertTrue(lines.get(start).startsWith("CREATE TABLE "), excerpt);
    int end = start;
    while (!lines.get(end).endsWith(";")) {
      end++;
    }
    return String.join("\n", lines.subList(0, end + 1));
  }

  /** Each line is a statement of the script, or a column or constraint inside one of its CREATE TABLEs. */
  private static void assertLinesInScript(String script, String lines, String what) {
    List<String> scriptLines = script.lines().toList();
    for (String line : lines.lines().filter(l -> !l.isEmpty()).toList()) {
      boolean found = scriptLines.contains(line) || scriptLines.contains("  " + line) || scriptLines.contains("  " + line + ",");
      assertTrue(found, what + ": not in the script: " + line);
    }
  }
}
