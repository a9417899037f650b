package dev.laforge.language.ide.server;

import dev.laforge.backend.build.Generation;
import dev.laforge.backend.generate.GeneratedFile;
import dev.laforge.backend.generate.OutputWriter;
import dev.laforge.backend.generate.WriteReport;
import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.policy.PolicyException;
import dev.laforge.language.project.ForgeProject;
import dev.laforge.language.project.ProjectLocator;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.resource.IResourceDescription;

/**
 * Generate on save: takes the project's live (editor) state as IR under a read lock (through
 * {@link LiveProject}), then
 * generates and writes outside it, rewriting only files whose content changed. Nothing is written
 * while any file of the project has an error; the report says which.
 */
final class ProjectGenerator {

  /** What the read phase took from the workspace: a domain to generate, or why there is none. */
  record Snapshot(Path root, Domain domain, String problem) {}

  private final UriExtensions uris;
  /** The last diagnostics published per document URI (as the client sees it). */
  private final Map<String, List<Diagnostic>> published = new ConcurrentHashMap<>();

  ProjectGenerator(UriExtensions uris) {
    this.uris = uris;
  }

  void recordPublished(String uri, List<Diagnostic> diagnostics) {
    published.put(uri, List.copyOf(diagnostics));
  }

  /** Runs under the workspace read lock: the project of {@code saved} as IR, or the reason it has none. */
  Snapshot snapshot(ProjectManager project) {
    Path root = project.getProjectConfig() instanceof ForgeWorkspaceConfigFactory.ForgeProjectConfig p
        ? p.root() : Path.of(project.getBaseDir().toFileString());
    List<URI> sources = new ArrayList<>();
    for (IResourceDescription description : project.getIndexState().getResourceDescriptions().getAllResourceDescriptions()) {
      if ("forge".equals(description.getURI().fileExtension())) {
        sources.add(description.getURI());
      }
    }
    sources.sort(Comparator.comparing(URI::toString));
    List<String> errors = new ArrayList<>();
    for (URI uri : sources) {
      for (Diagnostic d : published.getOrDefault(uris.toUriString(uri), List.of())) {
        if (d.getSeverity() == DiagnosticSeverity.Error) {
          errors.add(uri.lastSegment() + ":" + (d.getRange().getStart().getLine() + 1) + " " + codeOf(d) + (d.getMessage().isLeft() ? d.getMessage().getLeft() : d.getMessage().getRight().getValue()));
        }
      }
    }
    if (!errors.isEmpty()) {
      return new Snapshot(root, null, errors.size() + " error(s) in the domain, first: " + errors.get(0));
    }
    if (sources.isEmpty()) {
      return new Snapshot(root, null, "the project has no .forge files");
    }
    // The same mapped domain hovers and previews use, shared until the next build.
    LiveProject live = LiveProject.of(project.getResource(sources.get(0)));
    return live.domain().map(domain -> new Snapshot(root, domain, null))
        .orElseGet(() -> new Snapshot(root, null, live.problem()));
  }

  private static String codeOf(Diagnostic d) {
    return d.getCode() != null && d.getCode().isLeft() ? d.getCode().getLeft() + " " : "";
  }

  /** Outside the lock: generates every artifact of the snapshot and writes the changed ones. */
  GenerationReport write(Snapshot snapshot, EditorSettings.Values settings) {
    String projectUri = snapshot.root().toUri().toString();
    if (snapshot.problem() != null) {
      return new GenerationReport(projectUri, null, false, List.of(), List.of(), "nothing generated: " + snapshot.problem());
    }
    ForgeProject project;
    try {
      project = ProjectLocator.locate(List.of(snapshot.root()));
    } catch (ProjectLocator.ProjectException e) {
      return new GenerationReport(projectUri, null, false, List.of(), List.of(), "nothing generated: " + e.getMessage());
    }
    Path outDir = settings.outDir().map(o -> snapshot.root().resolve(o).normalize()).orElse(project.outDir());
    String outUri = outDir.toAbsolutePath().toUri().toString();
    List<GeneratedFile> files;
    try {
      files = Generation.run(snapshot.domain(), project.dialects());
    } catch (PolicyException e) {
      return new GenerationReport(projectUri, outUri, false, List.of(), List.of(), "nothing generated: cannot compile the policies: " + e.getMessage());
    } catch (Generation.UnsafeRlsException e) {
      return new GenerationReport(projectUri, outUri, false, List.of(), List.of(), "nothing generated: internal error: " + e.getMessage());
    }
    try {
      WriteReport report = new OutputWriter().write(outDir, files, false);
      return new GenerationReport(projectUri, outUri, true, report.written(), report.unchanged(),
          report.written().size() + " written, " + report.unchanged().size() + " unchanged");
    } catch (UncheckedIOException e) {
      return new GenerationReport(projectUri, outUri, false, List.of(), List.of(), "nothing generated: cannot write to " + outDir + ": " + e.getCause().getMessage());
    }
  }
}
