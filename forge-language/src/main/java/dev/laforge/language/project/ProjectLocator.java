package dev.laforge.language.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.laforge.backend.naming.Dialect;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the domain for the paths a user named: a lone .forge file, a folder of .forge files, or a
 * folder with a forge.yaml (domain globs, outDir, dialects, multiTenant).
 */
public final class ProjectLocator {

  public static final String PROJECT_FILE = "forge.yaml";
  private static final Set<String> SKIPPED_DIRS = Set.of("generated", "target", "node_modules", ".git", ".laforge");

  /** A problem with the paths or the project file; the CLI exits 2 with this message. */
  public static final class ProjectException extends Exception {
    public ProjectException(String message) {
      super(message, null, false, false);
    }
  }

  private ProjectLocator() {}

  public static ForgeProject locate(List<Path> paths) throws ProjectException {
    List<Path> inputs = paths.isEmpty() ? List.of(Path.of(".")) : paths;
    TreeSet<Path> files = new TreeSet<>();
    Path root = null;
    Config config = Config.DEFAULT;
    boolean configured = false;
    for (Path input : inputs) {
      Path p = input.normalize();
      if (!Files.exists(p)) {
        throw new ProjectException("path not found: " + input);
      }
      if (Files.isDirectory(p)) {
        Path yaml = p.resolve(PROJECT_FILE);
        Config c = Files.isRegularFile(yaml) ? readConfig(yaml) : Config.DEFAULT;
        if (root == null) {
          root = p;
          config = c;
          configured = Files.isRegularFile(yaml);
        }
        List<Path> found = discover(p, c.domain());
        if (found.isEmpty()) {
          throw new ProjectException("no .forge files found under " + input
              + (Files.isRegularFile(yaml) ? " matching " + c.domain() + " from " + PROJECT_FILE : ""));
        }
        files.addAll(found);
      } else {
        if (!p.getFileName().toString().endsWith(".forge")) {
          throw new ProjectException("not a .forge file: " + input);
        }
        if (!Files.isReadable(p)) {
          throw new ProjectException("cannot read " + input);
        }
        if (root == null) {
          root = p.toAbsolutePath().getParent() == null ? Path.of(".") : parentOf(p);
        }
        files.add(p);
      }
    }
    return new ForgeProject(root, List.copyOf(files), root.resolve(config.outDir()).normalize(), config.dialects(),
        config.multiTenant(), configured);
  }

  /**
   * The project folders under a workspace folder, as an editor sees them: the folder itself when
   * it holds a forge.yaml; otherwise every outermost folder below it that holds one (generated,
   * build and hidden folders are skipped); otherwise the folder itself with default settings.
   */
  public static List<Path> projectRoots(Path folder) {
    if (Files.isRegularFile(folder.resolve(PROJECT_FILE))) {
      return List.of(folder);
    }
    List<Path> roots = new ArrayList<>();
    try {
      Files.walkFileTree(folder, java.util.EnumSet.noneOf(java.nio.file.FileVisitOption.class), 12, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
          if (d.equals(folder)) {
            return FileVisitResult.CONTINUE;
          }
          if (isSkippedFolder(d.getFileName().toString())) {
            return FileVisitResult.SKIP_SUBTREE;
          }
          if (Files.isRegularFile(d.resolve(PROJECT_FILE))) {
            roots.add(d);
            return FileVisitResult.SKIP_SUBTREE;
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException exc) {
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      return List.of(folder);
    }
    roots.sort(null);
    return roots.isEmpty() ? List.of(folder) : List.copyOf(roots);
  }

  /** The .forge files of the project in {@code root} (its forge.yaml globs), empty when there are none. */
  public static List<Path> domainFiles(Path root) {
    try {
      Path yaml = root.resolve(PROJECT_FILE);
      Config config = Files.isRegularFile(yaml) ? readConfig(yaml) : Config.DEFAULT;
      List<Path> found = discover(root, config.domain());
      found.sort(null);
      return found;
    } catch (ProjectException e) {
      return List.of();
    }
  }

  /** Folders that never hold domain sources: generated output, build output, VCS and tool state. */
  public static boolean isSkippedFolder(String name) {
    return SKIPPED_DIRS.contains(name) || name.startsWith(".");
  }

  private static Path parentOf(Path file) {
    Path parent = file.getParent();
    return parent == null ? Path.of(".") : parent;
  }

  private static List<Path> discover(Path dir, List<String> globs) throws ProjectException {
    List<PathMatcher> matchers = new ArrayList<>();
    for (String glob : globs) {
      // `**/` also matches no folder at all, as in .gitignore: `domain/**/*.forge` matches domain/a.forge.
      for (String variant : new java.util.LinkedHashSet<>(List.of(glob, glob.replace("/**/", "/"), glob.startsWith("**/") ? glob.substring(3) : glob))) {
        matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + variant));
      }
    }
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
          String name = d.getFileName() == null ? "" : d.getFileName().toString();
          boolean skip = !d.equals(dir) && isSkippedFolder(name);
          return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
          Path relative = dir.relativize(f);
          if (attrs.isRegularFile() && f.toString().endsWith(".forge") && matchers.stream().anyMatch(m -> m.matches(relative))) {
            found.add(f);
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new ProjectException("cannot list " + dir + ": " + e.getMessage());
    }
    return found;
  }

  /** The settings of forge.yaml, with their defaults. */
  public record Config(List<String> domain, String outDir, List<Dialect> dialects, boolean multiTenant) {
    static final Config DEFAULT = new Config(List.of("**/*.forge"), "generated", List.of(Dialect.POSTGRES, Dialect.SQLITE), true);
  }

  public static Config readConfig(Path yaml) throws ProjectException {
    JsonNode node;
    try {
      node = new ObjectMapper(new YAMLFactory()).readTree(yaml.toFile());
    } catch (IOException e) {
      throw new ProjectException(yaml + ": not valid YAML: " + firstLine(e.getMessage()));
    }
    if (node == null || node.isMissingNode() || node.isNull()) {
      return Config.DEFAULT;
    }
    if (!node.isObject()) {
      throw new ProjectException(yaml + ": expected a mapping with domain, outDir, dialects, multiTenant");
    }
    Set<String> known = Set.of("domain", "outDir", "dialects", "multiTenant");
    for (var it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!known.contains(key)) {
        throw new ProjectException(yaml + ": unknown setting `" + key + "` (known: domain, outDir, dialects, multiTenant)");
      }
    }
    List<String> domain = strings(yaml, node.get("domain"), "domain", Config.DEFAULT.domain());
    String outDir = node.hasNonNull("outDir") ? node.get("outDir").asText() : Config.DEFAULT.outDir();
    if (outDir.isBlank()) {
      throw new ProjectException(yaml + ": outDir must not be empty");
    }
    List<Dialect> dialects = new ArrayList<>();
    for (String d : strings(yaml, node.get("dialects"), "dialects", List.of("postgres", "sqlite"))) {
      try {
        dialects.add(Dialect.parse(d));
      } catch (IllegalArgumentException e) {
        throw new ProjectException(yaml + ": unknown dialect `" + d + "` (postgres, mysql, sqlite)");
      }
    }
    if (dialects.isEmpty()) {
      throw new ProjectException(yaml + ": `dialects` must name at least one of postgres, mysql, sqlite");
    }
    boolean multiTenant = !node.hasNonNull("multiTenant") || node.get("multiTenant").asBoolean(true);
    return new Config(domain, outDir, List.copyOf(new java.util.LinkedHashSet<>(dialects)), multiTenant);
  }

  private static List<String> strings(Path yaml, JsonNode node, String key, List<String> fallback) throws ProjectException {
    if (node == null || node.isNull()) {
      return fallback;
    }
    if (node.isTextual()) {
      return List.of(node.asText());
    }
    if (!node.isArray()) {
      throw new ProjectException(yaml + ": `" + key + "` must be a string or a list of strings");
    }
    List<String> values = new ArrayList<>();
    node.forEach(n -> values.add(n.asText()));
    return values;
  }

  private static String firstLine(String s) {
    return s == null ? "" : s.lines().findFirst().orElse("");
  }
}
