package dev.laforge.backend.migrate.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One migration file to apply.
 *
 * @param id the file name without {@code .sql}: {@code <14 digits>_<slug>}; ids sort in the order
 *     migrations apply
 * @param path the file
 * @param checksum the SHA-256 of the file's bytes, 64 lower-case hex digits
 */
public record Migration(String id, Path path, String checksum) {

  private static final Pattern FILE_NAME = Pattern.compile("\\d{14}_[^/\\\\]*\\.sql");

  /** The migration in {@code file}, with its checksum computed from the bytes on disk. */
  public static Migration of(Path file) throws IOException {
    String name = file.getFileName().toString();
    return new Migration(name.substring(0, name.length() - ".sql".length()), file, sha256(Files.readAllBytes(file)));
  }

  /**
   * The migrations of one dialect's folder, sorted by id: files named {@code <14 digits>_<slug>.sql}
   * other than {@code *_fallback.sql} and {@code *.down.sql}. A missing folder has none.
   */
  public static List<Migration> scan(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    List<Migration> migrations = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (Files.isRegularFile(file) && FILE_NAME.matcher(name).matches()
            && !name.endsWith("_fallback.sql") && !name.endsWith(".down.sql")) {
          migrations.add(of(file));
        }
      }
    }
    migrations.sort(Comparator.comparing(Migration::id));
    return List.copyOf(migrations);
  }

  /** The file's text (UTF-8). */
  public String read() throws IOException {
    return Files.readString(path);
  }

  /** True when {@code target} names this migration: its whole id or its 14-digit timestamp. */
  public boolean isNamed(String target) {
    return id.equals(target) || id.startsWith(target + "_") && target.length() == 14;
  }

  /** The SHA-256 of {@code bytes} as 64 lower-case hex digits. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
    }
  }
}
