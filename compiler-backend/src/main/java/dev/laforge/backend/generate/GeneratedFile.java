package dev.laforge.backend.generate;

import java.util.Objects;

/**
 * One generated artifact: a path relative to the output directory, {@code /}-separated, and its
 * text. Paths that could leave the output directory are rejected.
 */
public record GeneratedFile(String path, String content) {

  public GeneratedFile {
    Objects.requireNonNull(content, "content");
    checkPath(path);
  }

  private static void checkPath(String path) {
    if (path == null || path.isEmpty()) {
      throw new IllegalArgumentException("a generated file needs a path");
    }
    if (path.startsWith("/") || path.contains("\\") || path.contains(":") || path.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("generated file path must be relative and '/'-separated: " + path);
    }
    for (String segment : path.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        throw new IllegalArgumentException("generated file path has an empty, '.' or '..' segment: " + path);
      }
    }
  }
}
