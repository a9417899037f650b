package dev.laforge.cli;

import dev.laforge.backend.db.DatabaseUrl;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Opens the database a command reads (never writes), reporting bad URLs and failed connections
 * with a message that shows the URL without its password.
 */
final class LiveDatabase {

  private LiveDatabase() {}

  /** True when {@code text} looks like a database URL rather than a path. */
  static boolean isUrl(String text) {
    String lower = text.trim().toLowerCase(java.util.Locale.ROOT);
    return lower.startsWith("jdbc:") || lower.startsWith("sqlite:") || lower.matches("^[a-z]+://.*");
  }

  /** The parsed URL, or null after printing why it is not one. */
  static DatabaseUrl parse(String text, PrintWriter stderr) {
    try {
      return DatabaseUrl.parse(text);
    } catch (IllegalArgumentException e) {
      stderr.println("forge: " + e.getMessage());
      return null;
    }
  }

  /**
   * A connection, or null after printing why none could be opened. A SQLite file must exist:
   * opening a missing one would create an empty database.
   */
  static Connection connect(DatabaseUrl url, PrintWriter stderr) {
    Path file = url.sqliteFile();
    if (file != null && !Files.isRegularFile(file)) {
      stderr.println("forge: no SQLite database at " + file + " (" + url.display() + ")");
      return null;
    }
    try {
      return url.connect();
    } catch (SQLException e) {
      stderr.println("forge: cannot connect to " + url.display() + ": " + safeMessage(url, e));
      return null;
    }
  }

  /** A driver's message with any password masked. */
  static String safeMessage(DatabaseUrl url, Exception e) {
    String message = DatabaseUrl.masked(String.valueOf(e.getMessage()));
    if (url.password() != null && !url.password().isEmpty()) {
      message = message.replace(url.password(), "****");
    }
    return message;
  }
}
