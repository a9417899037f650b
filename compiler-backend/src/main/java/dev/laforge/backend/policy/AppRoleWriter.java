package dev.laforge.backend.policy;

import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.sql.SqlSchema;
import dev.laforge.backend.sql.SqlScript;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The application role the runtime works as, so that row-level security applies to it: created
 * if missing as {@value #ROLE} (LOGIN, but no password: set one, or grant the role to the login
 * the runtime uses), never superuser, never BYPASSRLS, never owner. The script fails rather than
 * carry on when an existing role of that name is a superuser, has BYPASSRLS, or has the
 * privileges of a table's owner (an owner may switch RLS off). It grants usage of the current
 * schema, data access to every model and join table, and the context functions; nothing else.
 */
public final class AppRoleWriter {

  /** The role's fixed name; rename it with ALTER ROLE after running the script if needed. */
  public static final String ROLE = "laforge_app";

  private static final Dialect PG = Dialect.POSTGRES;

  private AppRoleWriter() {}

  public static String write(Domain domain) {
    List<String> tables = SqlSchema.of(domain, PG).tables().stream().map(SqlSchema.Table::name).toList();
    String role = PG.quoteString(ROLE);
    String names = tables.stream().map(PG::quoteString).collect(Collectors.joining(", "));
    List<String> body = new ArrayList<>(List.of(
        "DECLARE",
        "  existing pg_roles%ROWTYPE;",
        "BEGIN",
        "  SELECT * INTO existing FROM pg_roles WHERE rolname = " + role + ";",
        "  IF NOT FOUND THEN",
        "    CREATE ROLE " + PG.quote(ROLE) + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;",
        "  ELSIF existing.rolsuper OR existing.rolbypassrls THEN",
        "    RAISE EXCEPTION 'role % is a superuser or has BYPASSRLS, so row-level security would not apply to it', "
            + role + ";",
        "  END IF;"));
    if (!tables.isEmpty()) {
      body.addAll(List.of(
          "  IF EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = current_schema()",
          "      AND tablename IN (" + names + ") AND pg_has_role(" + role + ", tableowner, 'USAGE')) THEN",
          "    RAISE EXCEPTION 'role % owns a LaForge table or has its owner''s privileges,"
              + " so it could switch row-level security off', " + role + ";",
          "  END IF;"));
    }
    body.add("  EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), " + role + ");");
    body.add("END");
    StringBuilder out = new StringBuilder();
    out.append("-- The application role: row-level security applies to it (not a superuser, no BYPASSRLS, not an owner).\n");
    out.append("DO ").append(DollarQuote.quote(String.join("\n", body))).append(';');
    String grants = "";
    if (!tables.isEmpty()) {
      grants = "GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "
          + tables.stream().map(PG::quote).collect(Collectors.joining(", ")) + " TO " + PG.quote(ROLE) + ";\n";
    }
    grants += "GRANT EXECUTE ON FUNCTION " + String.join(", ", RlsFunctions.SIGNATURES) + " TO " + PG.quote(ROLE) + ";";
    return SqlScript.render(List.of(out.toString(), grants));
  }
}
