package dev.laforge.eclipse.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonParser;
import dev.laforge.eclipse.MigrationDiff;
import org.junit.jupiter.api.Test;

/** The Migration Diff view's text for the answer of laforge/migrationDiff. */
class MigrationDiffTest {

    private static final String ANSWER = """
        { "baseline": "snapshot", "snapshot": "/work/app/.laforge/schema.json",
          "summary": { "changes": 2, "destructive": 1, "dataDependent": 0, "text": "migration: 2 changes, 1 destructive" },
          "operations": [
            { "kind": "DropColumn", "target": "posts", "description": "drop column posts.legacy", "risk": "destructive",
              "findings": [ { "code": "LF401", "risk": "destructive", "message": "dropping posts.legacy loses its data" } ],
              "sql": { "postgres": ["ALTER TABLE \\"posts\\" DROP COLUMN \\"legacy\\";"], "mysql": ["ALTER TABLE `posts` DROP COLUMN `legacy`;"], "sqlite": [] } },
            { "kind": "AddColumn", "target": "posts", "description": "add column posts.legacy_text", "risk": "safe", "findings": [],
              "sql": { "postgres": ["ALTER TABLE \\"posts\\" ADD COLUMN \\"legacy_text\\" text;"] } } ],
          "hints": [ { "table": "posts", "dropped": "legacy", "added": "legacy_text", "message": "did you rename legacy to legacy_text? add renamedFrom(\\"legacy\\")" } ] }
        """;

    @Test
    void rendersOperationsWithRiskFindingsAndSql() {
        MigrationDiff diff = MigrationDiff.of(JsonParser.parseString(ANSWER).getAsJsonObject());
        assertEquals("""
            Against the snapshot /work/app/.laforge/schema.json
            migration: 2 changes, 1 destructive

            1. [destructive] DropColumn posts — drop column posts.legacy
               LF401 destructive: dropping posts.legacy loses its data
               ALTER TABLE "posts" DROP COLUMN "legacy";
            2. [safe] AddColumn posts — add column posts.legacy_text
               ALTER TABLE "posts" ADD COLUMN "legacy_text" text;

            Hints:
            - posts: did you rename legacy to legacy_text? add renamedFrom("legacy")
            """, diff.render("postgres"));
    }

    @Test
    void aDialectWithoutStatementsSaysSo() {
        MigrationDiff diff = MigrationDiff.of(JsonParser.parseString(ANSWER).getAsJsonObject());
        String sqlite = diff.render("sqlite");
        assertEquals(2, sqlite.split("\\(no sqlite statement\\)", -1).length - 1, sqlite);
    }

    @Test
    void withoutSnapshotAndChanges() {
        MigrationDiff diff = MigrationDiff.of(JsonParser.parseString("{\"baseline\":\"none\",\"snapshot\":null,\"operations\":[]}").getAsJsonObject());
        assertEquals("No snapshot yet: every table is new\n\nNo changes.\n", diff.render("postgres"));
    }
}
