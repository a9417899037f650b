package dev.laforge.language.ide.server;

import dev.laforge.backend.generate.SchemaExcerpts;
import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.language.forge.ForgeFile;
import dev.laforge.language.ir.AstToIr;
import dev.laforge.language.project.ProjectLocator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ChunkedResourceDescriptions;
import org.eclipse.xtext.resource.impl.ProjectDescription;
import org.eclipse.xtext.workspace.IProjectConfig;
import org.eclipse.xtext.workspace.ProjectConfigAdapter;

/**
 * The Forge project of a resource as the editor holds it, unsaved edits included: its .forge
 * files, its domain as IR (when the files can be mapped), the errors of its files, and the SQL
 * dialect hovers and previews show. Built inside a read request from the project's resource set
 * and its index; generate on save maps its domain through it too. It never throws. One instance serves every request
 * between two builds.
 */
public final class LiveProject {

  private final Path root;
  private final List<ForgeFile> files;
  private final Dialect projectDialect;
  private boolean mapped;
  private final java.util.Map<Dialect, SchemaExcerpts> excerpts = new java.util.EnumMap<>(Dialect.class);
  private Domain domain;
  private String mappingProblem;

  private LiveProject(Path root, List<ForgeFile> files, Dialect projectDialect) {
    this.root = root;
    this.files = List.copyOf(files);
    this.projectDialect = projectDialect;
  }

  /**
   * The project {@code resource} belongs to, read from the resource set the workspace loaded it
   * into. Read requests run in parallel: loading files into the shared resource set and resolving
   * their references is serialised on it.
   */
  public static LiveProject of(Resource resource) {
    ResourceSet resourceSet = resource.getResourceSet();
    if (resourceSet == null) {
      return read(resource);
    }
    synchronized (resourceSet) {
      // Until the next edit or file change the project is the same: hovers, lenses and previews
      // between two builds share one instance and its IR.
      long generation = BuildGeneration.current();
      Cache cache = Cache.of(resourceSet);
      Object root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
      if (cache.project != null && cache.generation == generation && (root == null || cache.project.files.contains(root))) {
        return cache.project;
      }
      LiveProject project = read(resource);
      cache.project = project;
      cache.generation = generation;
      return project;
    }
  }

  /** The project's state, remembered on its resource set for one build generation. */
  private static final class Cache extends org.eclipse.emf.common.notify.impl.AdapterImpl {
    private long generation = -1;
    private LiveProject project;

    static Cache of(ResourceSet resourceSet) {
      for (org.eclipse.emf.common.notify.Adapter adapter : resourceSet.eAdapters()) {
        if (adapter instanceof Cache cache) {
          return cache;
        }
      }
      Cache cache = new Cache();
      resourceSet.eAdapters().add(cache);
      return cache;
    }

    @Override
    public boolean isAdapterForType(Object type) {
      return type == Cache.class;
    }
  }

  private static LiveProject read(Resource resource) {
    ResourceSet resourceSet = resource.getResourceSet();
    Path root = root(resourceSet, resource);
    List<ForgeFile> files = new ArrayList<>();
    synchronized (lock(resource)) {
      for (Resource r : resources(resourceSet, resource)) {
        if (!r.getContents().isEmpty() && r.getContents().get(0) instanceof ForgeFile file) {
          files.add(file);
        }
      }
    }
    return new LiveProject(root, files, projectDialect(root));
  }

  private static Object lock(Resource resource) {
    return resource.getResourceSet() == null ? resource : resource.getResourceSet();
  }

  /** The project folder (of its forge.yaml), or null when the resource is in no Forge project. */
  public Path root() {
    return root;
  }

  /** The project's .forge files, ordered by URI (the order the generators see them in). */
  public List<ForgeFile> files() {
    return files;
  }

  /** The domain as IR (mapped on first use), empty when the files cannot be mapped (see {@link #problem()}). */
  public Optional<Domain> domain() {
    synchronized (this) {
      return Optional.ofNullable(mapDomain());
    }
  }

  private Domain mapDomain() {
    if (!mapped) {
      mapped = true;
      if (files.isEmpty()) {
        mappingProblem = "the project has no .forge files";
      } else {
        synchronized (lock(files.get(0).eResource())) {
          try {
            domain = AstToIr.map(files);
          } catch (RuntimeException e) {
            mappingProblem = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
          }
        }
      }
    }
    return domain;
  }

  /**
   * The domain's schema excerpts in {@code dialect}, built once per project state and dialect
   * (building them means laying out the whole schema). Requires {@link #domain()} to be present.
   *
   * @throws IllegalArgumentException for a domain the schema builder rejects (see SchemaExcerpts)
   */
  public SchemaExcerpts excerpts(Dialect dialect) {
    synchronized (this) {
      Domain d = mapDomain();
      if (d == null) {
        throw new IllegalStateException("the project has no domain: " + problem());
      }
      return excerpts.computeIfAbsent(dialect, k -> SchemaExcerpts.of(d, k));
    }
  }

  /**
   * Syntax and linking errors of the files, {@code file:line: message}, after {@link #domain()}
   * resolved the references it needs; validation issues are not included.
   */
  public List<String> errors() {
    domain();
    List<String> errors = new ArrayList<>();
    for (ForgeFile file : files) {
      for (Resource.Diagnostic d : file.eResource().getErrors()) {
        errors.add(file.eResource().getURI().lastSegment() + ":" + d.getLine() + ": " + d.getMessage());
      }
    }
    return errors;
  }

  /**
   * Why the project's SQL cannot be trusted, or null: the first error of its files, else why the
   * files could not be mapped to IR.
   */
  public String problem() {
    List<String> errors = errors();
    if (!errors.isEmpty()) {
      return errors.size() + " error(s) in the domain, first: " + errors.get(0);
    }
    return mappingProblem == null ? null : "the domain cannot be read: " + mappingProblem;
  }

  /** The first dialect of the project's forge.yaml; PostgreSQL when there is none or it cannot be read. */
  public Dialect projectDialect() {
    return projectDialect;
  }

  /** The dialect hovers and previews show: the editor's setting, else {@link #projectDialect()}. */
  public Dialect activeDialect() {
    return EditorSettings.get().dialectOr(projectDialect);
  }

  private static Path root(ResourceSet resourceSet, Resource resource) {
    ProjectConfigAdapter adapter = ProjectConfigAdapter.findInEmfObject(resourceSet);
    IProjectConfig config = adapter == null ? null : adapter.getProjectConfig();
    if (config instanceof ForgeWorkspaceConfigFactory.ForgeProjectConfig forge) {
      return forge.root();
    }
    URI uri = resource.getURI();
    return uri.isFile() ? Path.of(uri.toFileString()).toAbsolutePath().getParent() : null;
  }

  /** Every .forge resource of the project's index, loaded into its resource set, plus {@code resource}. */
  private static List<Resource> resources(ResourceSet resourceSet, Resource resource) {
    List<URI> uris = new ArrayList<>();
    ProjectDescription project = ProjectDescription.findInEmfObject(resourceSet);
    ChunkedResourceDescriptions index = ChunkedResourceDescriptions.findInEmfObject(resourceSet);
    IResourceDescriptions container = project == null || index == null ? null : index.getContainer(project.getName());
    if (container != null) {
      for (IResourceDescription description : container.getAllResourceDescriptions()) {
        if ("forge".equals(description.getURI().fileExtension())) {
          uris.add(description.getURI());
        }
      }
    }
    if (!uris.contains(resource.getURI())) {
      uris.add(resource.getURI());
    }
    uris.sort(Comparator.comparing(URI::toString));
    List<Resource> resources = new ArrayList<>();
    for (URI uri : uris) {
      if (uri.equals(resource.getURI())) {
        resources.add(resource);
        continue;
      }
      try {
        resources.add(resourceSet.getResource(uri, true));
      } catch (RuntimeException e) {
        // Deleted since it was indexed: the next build drops it from the index too.
      }
    }
    return resources;
  }

  private static Dialect projectDialect(Path root) {
    if (root != null) {
      Path yaml = root.resolve(ProjectLocator.PROJECT_FILE);
      if (Files.isRegularFile(yaml)) {
        try {
          return ProjectLocator.readConfig(yaml).dialects().get(0);
        } catch (ProjectLocator.ProjectException e) {
          // An unreadable forge.yaml is reported by the build; previews fall back to PostgreSQL.
        }
      }
    }
    return Dialect.POSTGRES;
  }
}
