package dev.laforge.backend.db;

import dev.laforge.backend.naming.Dialect;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * A database to connect to, parsed from what a user types:
 *
 * <ul>
 *   <li>{@code jdbc:postgresql://...}, {@code jdbc:mariadb://...}, {@code jdbc:mysql://...}
 *       (connected through the MariaDB driver) and {@code jdbc:sqlite:<file>} URLs;
 *   <li>{@code postgres://user:password@host:port/db?options} (also {@code postgresql://});
 *   <li>{@code mysql://user:password@host:port/db} (also {@code mariadb://});
 *   <li>{@code sqlite:<file>}, {@code sqlite://<file>} and {@code sqlite::memory:}.
 * </ul>
 *
 * <p>{@link #toString()} and {@link #display()} mask the password wherever the URL holds one, so
 * a URL can be printed and logged; error messages of {@link #parse} never echo a password.
 *
 * @param dialect the SQL dialect the database speaks
 * @param jdbcUrl the URL handed to the JDBC driver (may still carry a password parameter)
 * @param user the user from the short form's user-info, or null (then the JDBC URL decides)
 * @param password the password from the short form's user-info, or null
 */
public record DatabaseUrl(Dialect dialect, String jdbcUrl, String user, String password) {

  private static final Pattern PASSWORD_PARAMETER =
      Pattern.compile("(?i)([?&;]password=)[^&;]*");

  /** Parses a URL in one of the accepted forms. */
  public static DatabaseUrl parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("empty database URL");
    }
    String url = text.trim();
    String lower = url.toLowerCase(Locale.ROOT);
    if (lower.startsWith("jdbc:postgresql:")) {
      return new DatabaseUrl(Dialect.POSTGRES, url, null, null);
    }
    if (lower.startsWith("jdbc:mariadb:")) {
      return new DatabaseUrl(Dialect.MYSQL, url, null, null);
    }
    if (lower.startsWith("jdbc:mysql:")) {
      return new DatabaseUrl(Dialect.MYSQL, "jdbc:mariadb:" + url.substring("jdbc:mysql:".length()), null, null);
    }
    if (lower.startsWith("jdbc:sqlite:")) {
      return new DatabaseUrl(Dialect.SQLITE, url, null, null);
    }
    if (lower.startsWith("sqlite:")) {
      String file = url.substring("sqlite:".length());
      if (file.startsWith("//")) {
        file = file.substring(2);
      }
      if (file.isEmpty()) {
        throw new IllegalArgumentException("sqlite: URL without a file (use sqlite:<file> or sqlite::memory:)");
      }
      return new DatabaseUrl(Dialect.SQLITE, "jdbc:sqlite:" + file, null, null);
    }
    for (String scheme : new String[] {"postgres", "postgresql", "mysql", "mariadb"}) {
      if (lower.startsWith(scheme + "://")) {
        return shortForm(url, scheme.startsWith("postgres") ? Dialect.POSTGRES : Dialect.MYSQL);
      }
    }
    throw new IllegalArgumentException("unsupported database URL '" + masked(url)
        + "' (expected jdbc:postgresql:, jdbc:mariadb:, jdbc:mysql:, jdbc:sqlite:, postgres://, mysql:// or sqlite:)");
  }

  /** An embedded SQLite database in {@code file}. */
  public static DatabaseUrl sqlite(Path file) {
    return new DatabaseUrl(Dialect.SQLITE, "jdbc:sqlite:" + file, null, null);
  }

  private static DatabaseUrl shortForm(String url, Dialect dialect) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("malformed database URL '" + masked(url) + "': " + e.getReason());
    }
    String host = uri.getHost();
    if (host == null || host.isEmpty()) {
      if (uri.getRawAuthority() != null && !uri.getRawAuthority().endsWith("@")
          && !uri.getRawAuthority().isEmpty()) {
        throw new IllegalArgumentException("malformed host in database URL '" + masked(url) + "'");
      }
      host = "localhost";
    }
    int port = uri.getPort() >= 0 ? uri.getPort() : dialect == Dialect.POSTGRES ? 5432 : 3306;
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    String database = path.startsWith("/") ? path.substring(1) : path;
    if (database.isEmpty() || database.contains("/")) {
      throw new IllegalArgumentException("database URL '" + masked(url) + "' must name one database, e.g. "
          + (dialect == Dialect.POSTGRES ? "postgres://user@localhost:5432/app" : "mysql://root@localhost:3306/app"));
    }
    String user = null;
    String password = null;
    String userInfo = uri.getRawUserInfo();
    if (userInfo != null && !userInfo.isEmpty()) {
      int colon = userInfo.indexOf(':');
      user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
      password = colon < 0 ? null : decode(userInfo.substring(colon + 1));
    }
    String hostPart = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    String jdbc = "jdbc:" + (dialect == Dialect.POSTGRES ? "postgresql" : "mariadb") + "://" + hostPart + ":" + port
        + "/" + database + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    return new DatabaseUrl(dialect, jdbc, user, password);
  }

  private static String decode(String text) {
    return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  /** Opens a connection; the user and password of a short form are passed as properties. */
  public Connection connect() throws SQLException {
    Properties properties = new Properties();
    if (user != null) {
      properties.setProperty("user", user);
    }
    if (password != null) {
      properties.setProperty("password", password);
    }
    return DriverManager.getConnection(jdbcUrl, properties);
  }

  /** The SQLite database file, or null for other dialects and in-memory databases. */
  public Path sqliteFile() {
    if (dialect != Dialect.SQLITE) {
      return null;
    }
    String file = jdbcUrl.substring("jdbc:sqlite:".length());
    int query = file.indexOf('?');
    file = query < 0 ? file : file.substring(0, query);
    return file.isEmpty() || file.startsWith(":memory:") || file.startsWith("file::memory:") ? null : Path.of(file);
  }

  /** The URL as it may be shown: the user, never the password. */
  public String display() {
    String shown = masked(jdbcUrl);
    if (user != null) {
      shown += " (user " + user + (password != null ? ", password ****" : "") + ")";
    }
    return shown;
  }

  @Override
  public String toString() {
    return display();
  }

  /** {@code text} with any password in a URL's user-info or in a password parameter replaced by ****. */
  public static String masked(String text) {
    String shown = PASSWORD_PARAMETER.matcher(text).replaceAll("$1****");
    int scheme = shown.indexOf("://");
    if (scheme > 0) {
      int at = shown.indexOf('@', scheme + 3);
      int slash = shown.indexOf('/', scheme + 3);
      if (at > 0 && (slash < 0 || at < slash)) {
        String userInfo = shown.substring(scheme + 3, at);
        int colon = userInfo.indexOf(':');
        if (colon >= 0) {
          shown = shown.substring(0, scheme + 3) + userInfo.substring(0, colon) + ":****" + shown.substring(at);
        }
      }
    }
    return shown;
  }
}
