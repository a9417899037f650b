package dev.laforge.language.ide.server;

import com.google.inject.Inject;
import dev.laforge.language.project.ProjectLocator;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.xtext.ide.server.MultiRootWorkspaceConfigFactory;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.util.IFileSystemScanner;
import org.eclipse.xtext.workspace.FileProjectConfig;
import org.eclipse.xtext.workspace.FileSourceFolder;
import org.eclipse.xtext.workspace.WorkspaceConfig;

/**
 * One Xtext project per Forge project: a workspace folder with a forge.yaml is one project; a
 * folder without one holds a project for every outermost forge.yaml below it (so opening a
 * repository with several examples never mixes their models); a folder with none is one project
 * with the default settings. A project's sources are the files its forge.yaml globs select, never
 * generated, build or hidden folders.
 */
public class ForgeWorkspaceConfigFactory extends MultiRootWorkspaceConfigFactory {

  @Inject
  public ForgeWorkspaceConfigFactory() {}

  @Override
  protected void addProjectsForWorkspaceFolder(WorkspaceConfig workspaceConfig, WorkspaceFolder workspaceFolder, Set<String> existingNames) {
    if (workspaceFolder == null || workspaceFolder.getUri() == null) {
      return;
    }
    URI folderUri = getUriExtensions().toUri(workspaceFolder.getUri());
    if (!folderUri.isFile()) {
      return;
    }
    Path folder = Path.of(folderUri.toFileString());
    String base = workspaceFolder.getName() == null || workspaceFolder.getName().isBlank()
        ? String.valueOf(folder.getFileName()) : workspaceFolder.getName();
    for (Path root : ProjectLocator.projectRoots(folder)) {
      String name = root.equals(folder) ? base : base + "/" + folder.relativize(root).toString().replace(File.separatorChar, '/');
      workspaceConfig.addProject(new ForgeProjectConfig(root, getUniqueProjectName(name, existingNames), getUriExtensions()));
    }
  }

  /** A Forge project rooted at the folder of its forge.yaml. */
  public static final class ForgeProjectConfig extends FileProjectConfig {
    private final Path root;

    private final UriExtensions uris;

    ForgeProjectConfig(Path root, String name, UriExtensions uris) {
      // The same URI form as documents the client opens (file:///...), so a file is one resource.
      super(uris.toUri(root.toAbsolutePath().normalize().toUri().toString()), name);
      this.root = root.toAbsolutePath().normalize();
      this.uris = uris;
      getSourceFolders().add(new ForgeSourceFolder(this));
    }

    public Path root() {
      return root;
    }
  }

  /** The project folder, listing only the project's domain files. */
  static final class ForgeSourceFolder extends FileSourceFolder {
    private final ForgeProjectConfig project;

    ForgeSourceFolder(ForgeProjectConfig project) {
      super(project, ".");
      this.project = project;
    }

    @Override
    public List<URI> getAllResources(IFileSystemScanner scanner) {
      return ProjectLocator.domainFiles(project.root()).stream()
          .map(p -> project.uris.toUri(p.toAbsolutePath().normalize().toUri().toString()))
          .toList();
    }
  }
}
