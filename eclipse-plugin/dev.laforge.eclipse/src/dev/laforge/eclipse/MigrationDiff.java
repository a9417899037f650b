package dev.laforge.eclipse;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * The answer of {@code laforge/migrationDiff}: the operations from the last snapshot to the
 * current domain, each with its risk, findings and SQL per dialect, and rename hints.
 *
 * @param baseline {@code snapshot} or {@code none}
 * @param snapshot the snapshot file, or null
 * @param summary the one-line summary
 * @param operations the operations in order
 * @param hints the rename hints
 */
public record MigrationDiff(String baseline, String snapshot, String summary, List<Operation> operations, List<Hint> hints) {

    /** One typed schema change. */
    public record Operation(String kind, String target, String description, String risk, List<Finding> findings,
        JsonObject sql) {

        /** The statements of a dialect (empty when it has none). */
        public List<String> sql(String dialect) {
            return strings(sql == null ? null : sql.get(dialect));
        }
    }

    /** A migration-safety finding, e.g. {@code LF401 destructive}. */
    public record Finding(String code, String risk, String message) {
    }

    /** A possible rename the diff saw as a drop and an add. */
    public record Hint(String table, String dropped, String added, String message) {
    }

    /** Reads the JSON answer. */
    public static MigrationDiff of(JsonObject json) {
        List<Operation> operations = new ArrayList<>();
        for (JsonElement element : array(json, "operations")) {
            JsonObject op = element.getAsJsonObject();
            List<Finding> findings = new ArrayList<>();
            for (JsonElement f : array(op, "findings")) {
                JsonObject finding = f.getAsJsonObject();
                findings.add(new Finding(text(finding, "code"), text(finding, "risk"), text(finding, "message")));
            }
            operations.add(new Operation(text(op, "kind"), text(op, "target"), text(op, "description"), text(op, "risk"),
                List.copyOf(findings), op.get("sql") instanceof JsonObject sql ? sql : null));
        }
        List<Hint> hints = new ArrayList<>();
        for (JsonElement element : array(json, "hints")) {
            JsonObject hint = element.getAsJsonObject();
            hints.add(new Hint(text(hint, "table"), text(hint, "dropped"), text(hint, "added"), text(hint, "message")));
        }
        String summary = json.get("summary") instanceof JsonObject s ? text(s, "text") : "";
        return new MigrationDiff(text(json, "baseline"), text(json, "snapshot"), summary, List.copyOf(operations), List.copyOf(hints));
    }

    /** The diff as text, with the SQL of one dialect. */
    public String render(String dialect) {
        StringBuilder out = new StringBuilder();
        out.append("snapshot".equals(baseline) && snapshot != null
            ? "Against the snapshot " + snapshot
            : "No snapshot yet: every table is new").append('\n');
        if (summary != null && !summary.isEmpty()) {
            out.append(summary).append('\n');
        }
        out.append('\n');
        if (operations.isEmpty()) {
            out.append("No changes.\n");
        }
        int number = 1;
        for (Operation op : operations) {
            out.append(number++).append(". [").append(op.risk()).append("] ").append(op.kind()).append(' ').append(op.target());
            if (op.description() != null && !op.description().isEmpty()) {
                out.append(" — ").append(op.description());
            }
            out.append('\n');
            for (Finding finding : op.findings()) {
                out.append("   ").append(finding.code()).append(' ').append(finding.risk()).append(": ").append(finding.message()).append('\n');
            }
            List<String> statements = op.sql(dialect);
            if (statements.isEmpty()) {
                out.append("   (no ").append(dialect).append(" statement)\n");
            }
            for (String statement : statements) {
                out.append("   ").append(statement.replace("\n", "\n   ")).append('\n');
            }
        }
        if (!hints.isEmpty()) {
            out.append("\nHints:\n");
            for (Hint hint : hints) {
                out.append("- ").append(hint.table()).append(": ").append(hint.message()).append('\n');
            }
        }
        return out.toString();
    }

    private static Iterable<JsonElement> array(JsonObject json, String member) {
        return json.get(member) instanceof JsonArray array ? array : new JsonArray();
    }

    private static String text(JsonObject json, String member) {
        JsonElement value = json.get(member);
        return value == null || value.isJsonNull() ? null : value.getAsString();
    }

    private static List<String> strings(JsonElement value) {
        List<String> result = new ArrayList<>();
        if (value instanceof JsonArray array) {
            array.forEach(element -> result.add(element.getAsString()));
        }
        return List.copyOf(result);
    }
}
