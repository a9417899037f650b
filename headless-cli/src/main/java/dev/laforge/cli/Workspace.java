package dev.laforge.cli;

import dev.laforge.language.project.ForgeProject;
import dev.laforge.language.project.ProjectLocator;

import dev.laforge.language.ForgeDomainLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the files of a project and loads them as one domain. */
final class Workspace {

  private static com.google.inject.Injector injector;

  private Workspace() {}

  /** The Forge language services, created once per process (it takes a few hundred ms). */
  static synchronized com.google.inject.Injector injector() {
    if (injector == null) {
      injector = new dev.laforge.language.ForgeStandaloneSetup().createInjectorAndDoEMFRegistration();
    }
    return injector;
  }

  static ForgeDomainLoader loader() {
    return injector().getInstance(ForgeDomainLoader.class);
  }

  static ForgeDomainLoader.Result load(ForgeProject project) throws ProjectLocator.ProjectException {
    List<ForgeDomainLoader.Source> sources = new ArrayList<>();
    for (Path file : project.files()) {
      try {
        sources.add(new ForgeDomainLoader.Source(display(file), Files.readAllBytes(file)));
      } catch (IOException e) {
        throw new ProjectLocator.ProjectException("cannot read " + display(file) + ": " + e.getMessage());
      }
    }
    synchronized (Workspace.class) {
      return loader().loadAndCompilePolicies(sources);
    }
  }

  /** Strict UTF-8 decoding; empty when the bytes are not valid UTF-8. */
  static java.util.Optional<String> decodeUtf8(byte[] bytes) {
    try {
      return java.util.Optional.of(java.nio.charset.StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
          .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes)).toString());
    } catch (java.nio.charset.CharacterCodingException e) {
      return java.util.Optional.empty();
    }
  }

  /** A path as users see it: relative to the working directory when it lies below it. */
  static String display(Path path) {
    Path cwd = Path.of("").toAbsolutePath();
    Path abs = path.toAbsolutePath().normalize();
    String shown = abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    return shown.isEmpty() ? "." : shown.replace('\\', '/');
  }
}
