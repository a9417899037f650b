package dev.laforge.backend.migrate;

/**
 * A dropped table or column and an added one of the same shape: likely a rename that was not
 * declared, so the diff drops the data instead. For a column, {@code table} is its table and
 * {@code from}/{@code to} are column names; for a table, {@code table} is null.
 */
public record RenameHint(Kind kind, String table, String from, String to) {

  /** What looks renamed. */
  public enum Kind { TABLE, COLUMN }

  /** A sentence for the user: what looks renamed and how to declare it. */
  public String message() {
    return kind == Kind.COLUMN
        ? "column " + table + "." + from + " is dropped and " + table + "." + to
            + " of the same type is added: if it is a rename, declare renamedFrom(\"<old field name>\") on the field"
        : "table " + from + " is dropped and table " + to
            + " with the same columns is created: models cannot declare renames, so its rows are not carried over";
  }
}
