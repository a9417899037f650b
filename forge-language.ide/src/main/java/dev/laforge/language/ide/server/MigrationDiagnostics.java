package dev.laforge.language.ide.server;

import dev.laforge.backend.diagnostics.Diagnostic;
import dev.laforge.language.ide.migration.LiveMigration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.xbase.lib.Procedures.Procedure2;

/**
 * Adds the migration warnings (LF4xx, see {@link LiveMigration}) to the diagnostics the server
 * publishes. The issues a build validates are held back until the build is done; then each
 * project is compared with its snapshot, and every file that was validated, or whose migration
 * warnings changed, is published once with both: a warning appears and disappears as the user
 * types, including in files the edit did not touch. Runs on the build thread, inside the build's
 * write request, so reads that follow see the published state.
 */
final class MigrationDiagnostics {

  private final Map<URI, List<Issue>> validation = new HashMap<>();
  private Map<URI, List<Issue>> migration = new HashMap<>();
  private final Set<URI> pending = new LinkedHashSet<>();
  private Procedure2<? super URI, ? super Iterable<Issue>> publisher;
  private final Procedure2<URI, Iterable<Issue>> acceptor = (uri, issues) -> {
    List<Issue> list = new ArrayList<>();
    issues.forEach(list::add);
    synchronized (this) {
      validation.put(uri, list);
      pending.add(uri);
    }
  };

  /** The issue acceptor the builds report to; {@code publisher} is the server's (wrapping twice keeps it). */
  Procedure2<URI, Iterable<Issue>> wrap(Procedure2<? super URI, ? super Iterable<Issue>> publisher) {
    if (publisher != acceptor) {
      this.publisher = publisher;
    }
    return acceptor;
  }

  /** Compares every project with its snapshot and publishes what is held back or changed. */
  synchronized void afterBuild(List<ProjectManager> projects) {
    if (publisher == null) {
      return;
    }
    Map<URI, List<Issue>> next = new HashMap<>();
    for (ProjectManager project : projects) {
      next.putAll(warnings(project));
    }
    Set<URI> publish = new LinkedHashSet<>(pending);
    for (URI uri : union(migration.keySet(), next.keySet())) {
      if (!same(migration.getOrDefault(uri, List.of()), next.getOrDefault(uri, List.of()))) {
        publish.add(uri);
      }
    }
    migration = next;
    pending.clear();
    for (URI uri : publish) {
      List<Issue> issues = new ArrayList<>(validation.getOrDefault(uri, List.of()));
      issues.addAll(next.getOrDefault(uri, List.of()));
      if (issues.isEmpty()) {
        validation.remove(uri);
      }
      publisher.apply(uri, issues);
    }
  }

  /** The migration warnings of one project's files, by file. */
  private static Map<URI, List<Issue>> warnings(ProjectManager project) {
    Map<URI, List<Issue>> byFile = new HashMap<>();
    Resource any = anyResource(project);
    if (any == null) {
      return byFile;
    }
    try {
      for (Diagnostic d : LiveMigration.of(LiveProject.of(any)).warnings()) {
        URI uri = URI.createURI(d.file());
        byFile.computeIfAbsent(uri, k -> new ArrayList<>()).add(issue(uri, d));
      }
    } catch (RuntimeException e) {
      // The build itself must not fail: a project that cannot be compared has no migration warnings.
      byFile.clear();
    }
    return byFile;
  }

  private static Resource anyResource(ProjectManager project) {
    if (project.getIndexState() == null) {
      return null;
    }
    for (IResourceDescription description : project.getIndexState().getResourceDescriptions().getAllResourceDescriptions()) {
      if ("forge".equals(description.getURI().fileExtension())) {
        try {
          return project.getResource(description.getURI());
        } catch (RuntimeException e) {
          // Deleted since it was indexed: try the next file.
        }
      }
    }
    return null;
  }

  private static Issue issue(URI uri, Diagnostic d) {
    Issue.IssueImpl issue = new Issue.IssueImpl();
    issue.setCode(d.code().name());
    issue.setSeverity(switch (d.severity()) {
      case ERROR -> Severity.ERROR;
      case WARNING -> Severity.WARNING;
      default -> Severity.INFO;
    });
    issue.setType(CheckType.NORMAL);
    issue.setMessage(d.message());
    issue.setUriToProblem(uri);
    issue.setLineNumber(d.line());
    issue.setColumn(d.column());
    issue.setLineNumberEnd(d.endLine());
    issue.setColumnEnd(d.endColumn());
    issue.setOffset(d.offset());
    issue.setLength(d.length());
    String[] data = new String[d.data().size()];
    for (int i = 0; i < data.length; i++) {
      data[i] = d.data().getOrDefault(Integer.toString(i), "");
    }
    issue.setData(data);
    return issue;
  }

  /** Same warnings: code, message and position. */
  private static boolean same(List<Issue> a, List<Issue> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      Issue x = a.get(i);
      Issue y = b.get(i);
      if (!x.getCode().equals(y.getCode()) || !x.getMessage().equals(y.getMessage()) || !x.getOffset().equals(y.getOffset())
          || !x.getLength().equals(y.getLength()) || !x.getLineNumber().equals(y.getLineNumber())
          || !x.getColumn().equals(y.getColumn())) {
        return false;
      }
    }
    return true;
  }

  private static Set<URI> union(Set<URI> a, Set<URI> b) {
    Set<URI> union = new LinkedHashSet<>(a);
    union.addAll(b);
    return union;
  }
}
