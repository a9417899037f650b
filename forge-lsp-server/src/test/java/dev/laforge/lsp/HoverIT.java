package dev.laforge.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.laforge.lsp.harness.LspHarness;
import dev.laforge.lsp.harness.LspHarness.Doc;
import dev.laforge.lsp.harness.Text;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hovers show the doc comment, then the SQL an element compiles to, in the active dialect. */
class HoverIT {

  private static final Path GOLDEN = LspHarness.repoRoot().resolve("headless-cli/src/test/resources/golden/saas-crm/sql");

  private static final String TEAMS_POSTGRES = """
      CREATE TABLE "teams" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "tenant_id" uuid NOT NULL,
        "name" text NOT NULL,
        "description" text,
        "lead_id" uuid,
        CONSTRAINT "teams_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "teams_name_check" CHECK (char_length("name") BETWEEN 1 AND 80)
      );
      ALTER TABLE "teams" ADD CONSTRAINT "teams_lead_id_fkey" FOREIGN KEY ("lead_id") REFERENCES "users" ("id") ON DELETE SET NULL;
      CREATE INDEX "teams_lead_id_idx" ON "teams" ("lead_id");
      CREATE UNIQUE INDEX "teams_tenant_id_name_key" ON "teams" ("tenant_id", "name");""";

  private static final String TEAMS_MYSQL = """
      CREATE TABLE `teams` (
        `id` CHAR(36) NOT NULL DEFAULT (UUID()),
        `tenant_id` CHAR(36) NOT NULL,
        `name` VARCHAR(80) NOT NULL,
        `description` TEXT,
        `lead_id` CHAR(36),
        PRIMARY KEY (`id`),
        CONSTRAINT `teams_name_check` CHECK (CHAR_LENGTH(`name`) BETWEEN 1 AND 80)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
      CREATE INDEX `teams_lead_id_idx` ON `teams` (`lead_id`);
      CREATE UNIQUE INDEX `teams_tenant_id_name_key` ON `teams` (`tenant_id`, `name`);
      ALTER TABLE `teams` ADD CONSTRAINT `teams_lead_id_fkey` FOREIGN KEY (`lead_id`) REFERENCES `users` (`id`) ON DELETE SET NULL;""";

  private static final String TEAM_DOC = "A sales or support team. Assigning an account to a team shares it with every member.";

  @Test
  void modelFieldRelationAndManyToManyShowTheirPostgresSql(@TempDir Path tmp) throws Exception {
    Path project = LspHarness.copyOf("examples/saas-crm", tmp.resolve("crm"));
    try (LspHarness lsp = LspHarness.start(project)) {
      Doc accounts = lsp.open("accounts.forge");
      Doc sales = lsp.open("sales.forge");

      assertEquals(TEAM_DOC + "\n\nmodel `Team` · table `teams` · postgres\n\n```sql\n" + TEAMS_POSTGRES + "\n```",
          hover(lsp, accounts, "model ‸Team {"));
      assertPartOfGolden("postgres", TEAMS_POSTGRES);
      // A reference to the model shows the same as its declaration.
      assertEquals(hover(lsp, accounts, "model ‸Team {"), hover(lsp, sales, "team: belongsTo(‸Team)"));

      String slug = """
          "slug" text NOT NULL
          CONSTRAINT "organizations_slug_key" UNIQUE ("slug")
          CONSTRAINT "organizations_slug_check" CHECK (char_length("slug") BETWEEN 3 AND 63 AND "slug" ~ '^[a-z0-9-]+$')""";
      assertEquals("field `Organization.slug` · column `slug` · postgres\n\n```sql\n" + slug + "\n```",
          hover(lsp, accounts, "‸slug: string unique"));
      assertPartOfGolden("postgres", slug);
      // Hovering a modifier of the field shows the field.
      assertEquals(hover(lsp, accounts, "‸slug: string unique"), hover(lsp, accounts, "slug: string unique ‸length(3..63)"));

      String owner = """
          "owner_id" uuid NOT NULL
          ALTER TABLE "accounts" ADD CONSTRAINT "accounts_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users" ("id") ON DELETE RESTRICT;""";
      assertEquals("relation `Account.owner` · belongsTo `User` · postgres\n\n```sql\n" + owner + "\n```",
          hover(lsp, sales, "  ‸owner: belongsTo(User) onDelete(restrict)"));
      assertPartOfGolden("postgres", owner);

      String members = """
          CREATE TABLE "teams_users" (
            "team_id" uuid NOT NULL,
            "user_id" uuid NOT NULL,
            CONSTRAINT "teams_users_pkey" PRIMARY KEY ("team_id", "user_id")
          );
          ALTER TABLE "teams_users" ADD CONSTRAINT "teams_users_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams" ("id") ON DELETE CASCADE;
          ALTER TABLE "teams_users" ADD CONSTRAINT "teams_users_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE;
          CREATE INDEX "teams_users_user_id_idx" ON "teams_users" ("user_id");""";
      assertEquals("relation `Team.members` · manyToMany `User` (join table) · postgres\n\n```sql\n" + members + "\n```",
          hover(lsp, accounts, "‸members: manyToMany(User)"));
      assertPartOfGolden("postgres", members);
      // A member access in a policy shows the relation it names.
      assertEquals(hover(lsp, accounts, "‸members: manyToMany(User)"), hover(lsp, accounts, "record.‸members.some"));
      lsp.assertNoServerErrors();
    }
  }

  @Test
  void aPolicyShowsItsRowLevelSecurityAndARoleWhereItIsUsed(@TempDir Path tmp) throws Exception {
    Path project = LspHarness.copyOf("examples/saas-crm", tmp.resolve("crm"));
    try (LspHarness lsp = LspHarness.start(project)) {
      Doc accounts = lsp.open("accounts.forge");
      String rls = """
          CREATE POLICY "laforge_teams_tenant_guard" ON "teams" AS RESTRICTIVE FOR ALL
            USING ("teams"."tenant_id" = (SELECT laforge_tenant_id()))
            WITH CHECK ("teams"."tenant_id" = (SELECT laforge_tenant_id()));
          -- policy Team.read: record.members.some(m => m.id == user.id) || record.lead.id == user.id || user.roles.includes("admin")
          CREATE POLICY "laforge_teams_read" ON "teams" AS PERMISSIVE FOR SELECT
            USING (EXISTS (SELECT 1 FROM "teams_users" AS "j1", "users" AS "t2" WHERE "j1"."team_id" = "teams"."id" AND "t2"."id" = "j1"."user_id" AND "t2"."tenant_id" = (SELECT laforge_tenant_id()) AND "t2"."id" = (SELECT laforge_user_id())) OR EXISTS (SELECT 1 FROM "users" AS "t3" WHERE "t3"."id" = "teams"."lead_id" AND "t3"."tenant_id" = (SELECT laforge_tenant_id()) AND "t3"."id" = (SELECT laforge_user_id())) OR 'admin' = ANY(CAST((SELECT laforge_user_roles()) AS text[])));""";
      assertEquals("policy `Team.read` · PostgreSQL row-level security\n\n```sql\n" + rls + "\n```",
          hover(lsp, accounts, "policy Team.‸read {"));
      String golden = Files.readString(GOLDEN.resolve("postgres/rls.sql"));
      for (String line : rls.split("\n")) {
        assertTrue(golden.lines().anyMatch(line::equals), line);
      }

      Doc rbac = lsp.open("rbac.forge");
      String admin = hover(lsp, rbac, "roles { ‸admin ");
      assertEquals("role `admin` · grants `can.manage.users`, `can.manage.catalog`, `can.view.billing`, `can.manage.billing`, `can.export.data`",
          admin.lines().findFirst().orElseThrow(), admin);
      List<String> usedBy = admin.lines().dropWhile(l -> !l.equals("Used by:")).skip(1).toList();
      assertEquals("- `policy Organization.update` — accounts.forge:87", usedBy.get(0), admin);
      assertEquals("- `policy Team.read` — accounts.forge:99", usedBy.get(1), admin);
      // As a grantee, and inside a condition.
      assertEquals("- `permission User.delete` — rbac.forge:22", usedBy.get(2), admin);
      assertEquals("- `permission Team.create` — rbac.forge:32", usedBy.get(3), admin);
      assertEquals("- `permission Team.update` — rbac.forge:33", usedBy.get(4), admin);
      assertEquals("- `policy Account.read` — sales.forge:203", usedBy.get(26), admin);
      assertEquals(27, usedBy.size(), admin);
      // The string a policy compares the roles with is the same role.
      assertEquals(admin, hover(lsp, accounts, "user.roles.includes(‸\"admin\")"));

      String claim = hover(lsp, rbac, "  ‸can.manage.users\n");
      assertEquals("""
          claim `can.manage.users` · granted to `admin`

          Used by:
          - `policy User.read` — accounts.forge:91
          - `policy User.update` — accounts.forge:95
          - `policy Membership.read` — accounts.forge:103
          - `permission User.create` — rbac.forge:21
          - `permission Membership.create` — rbac.forge:26
          - `permission Membership.update` — rbac.forge:27
          - `permission Membership.delete` — rbac.forge:28""", claim);
      lsp.assertNoServerErrors();
    }
  }

  @Test
  void docCommentsComeFirstAndTheDialectSettingSwitchesTheSql(@TempDir Path tmp) throws Exception {
    Path project = LspHarness.copyOf("examples/saas-crm", tmp.resolve("crm"));
    JsonObject options = new JsonObject();
    options.addProperty("dialect", "mysql");
    try (LspHarness lsp = LspHarness.start(project, options)) {
      Doc accounts = lsp.open("accounts.forge");
      assertEquals(TEAM_DOC + "\n\nmodel `Team` · table `teams` · mysql\n\n```sql\n" + TEAMS_MYSQL + "\n```",
          hover(lsp, accounts, "model ‸Team {"));
      assertPartOfGolden("mysql", TEAMS_MYSQL);
      lsp.assertNoServerErrors();
    }

    Path notes = tmp.resolve("notes");
    Files.createDirectories(notes);
    Files.writeString(notes.resolve("forge.yaml"), "dialects: [sqlite, postgres]\n");
    try (LspHarness lsp = LspHarness.start(notes)) {
      Doc doc = lsp.open("notes.forge", """
          roles {
            /// May change every note of the tenant.
            editor
          }

          /// A note on the wall.
          model Note {
            id: uuid pk default uuid()
            tenantId: uuid tenant
            /// What the note says, in Markdown.
            body: text length(..2000)
          }

          /// Editors see everything; others only what has a body.
          policy Note.read {
            user.roles.includes("editor") || record.body != null
          }
          """);
      // No editor setting: the first dialect of forge.yaml.
      assertEquals("""
          What the note says, in Markdown.

          field `Note.body` · column `body` · sqlite

          ```sql
          "body" TEXT NOT NULL
          CONSTRAINT "notes_body_check" CHECK (length("body") <= 2000)
          ```""", hover(lsp, doc, "‸body: text"));
      assertTrue(hover(lsp, doc, "model ‸Note").startsWith("A note on the wall.\n\nmodel `Note` · table `notes` · sqlite\n\n```sql\nCREATE TABLE \"notes\" ("),
          hover(lsp, doc, "model ‸Note"));
      assertTrue(hover(lsp, doc, "policy Note.‸read").startsWith("Editors see everything; others only what has a body.\n\npolicy `Note.read` · PostgreSQL row-level security\n\n```sql\n"),
          hover(lsp, doc, "policy Note.‸read"));
      assertEquals("""
          May change every note of the tenant.

          role `editor`

          Used by:
          - `policy Note.read` — notes.forge:15""", hover(lsp, doc, "  ‸editor\n"));

      // The editor setting wins over forge.yaml, and takes effect without a restart.
      JsonObject settings = new JsonObject();
      JsonObject laforge = new JsonObject();
      laforge.addProperty("dialect", "postgres");
      settings.add("laforge", laforge);
      lsp.server().getWorkspaceService().didChangeConfiguration(new org.eclipse.lsp4j.DidChangeConfigurationParams(settings));
      assertEquals("""
          What the note says, in Markdown.

          field `Note.body` · column `body` · postgres

          ```sql
          "body" text NOT NULL
          CONSTRAINT "notes_body_check" CHECK (char_length("body") <= 2000)
          ```""", hover(lsp, doc, "‸body: text"));
      lsp.assertNoServerErrors();
    }
  }

  @Test
  void aDomainWithErrorsStillShowsWhatItCan(@TempDir Path tmp) throws Exception {
    Path project = LspHarness.copyOf("examples/saas-crm", tmp.resolve("crm"));
    try (LspHarness lsp = LspHarness.start(project)) {
      Doc accounts = lsp.open("accounts.forge");
      accounts.replace("  members: manyToMany(User)\n", "  members: manyToMany(User)\n  mentor: belongsTo(Nobody)\n");
      lsp.sync();
      String team = hover(lsp, accounts, "model ‸Team {");
      assertTrue(team.startsWith(TEAM_DOC + "\n\nmodel `Team` · table `teams` · postgres\n\n*No SQL: 1 error(s) in the domain, first: accounts.forge:54: "),
          team);
      // Half-typed text: nothing to show, and nothing breaks.
      accounts.replace("policy Team.read {", "policy Team. {");
      lsp.sync();
      assertEquals("", hover(lsp, accounts, "‸policy Team. {"));
      lsp.assertNoServerErrors();
    }
  }

  /** The hover at the {@link Text#CURSOR} of {@code marked}, a fragment of the document's text. */
  private static String hover(LspHarness lsp, Doc doc, String marked) throws Exception {
    Text.Cursor cursor = Text.cursor(marked);
    int at = doc.text().indexOf(cursor.text());
    if (at < 0) {
      throw new AssertionError("not in " + doc.uri + ": " + cursor.text());
    }
    Hover hover = LspHarness.get(lsp.server().getTextDocumentService()
        .hover(new HoverParams(doc.id(), Text.position(doc.text(), at + cursor.offset()))));
    return hover == null || hover.getContents() == null ? "" : hover.getContents().getRight().getValue();
  }

  /** Each statement of {@code sql} is in the file the generator writes for the dialect. */
  private static void assertPartOfGolden(String dialect, String sql) throws Exception {
    String golden = Files.readString(GOLDEN.resolve(dialect).resolve("schema.sql"));
    String rest = sql;
    if (sql.startsWith("CREATE TABLE")) {
      int end = sql.indexOf(";\n") < 0 ? sql.length() : sql.indexOf(";\n") + 1;
      assertTrue(golden.contains(sql.substring(0, end) + "\n"), sql.substring(0, end));
      rest = sql.substring(end);
    }
    List<String> lines = golden.lines().toList();
    for (String line : rest.lines().filter(l -> !l.isEmpty()).toList()) {
      assertTrue(lines.contains(line) || lines.contains("  " + line) || lines.contains("  " + line + ","), line);
    }
  }
}
