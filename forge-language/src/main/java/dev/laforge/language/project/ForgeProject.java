package dev.laforge.language.project;

import dev.laforge.backend.naming.Dialect;
import java.nio.file.Path;
import java.util.List;

/**
 * What a command works on: the project folder, the .forge files of the domain (sorted), where
 * generated files go and which SQL dialects to generate.
 */
public record ForgeProject(Path root, List<Path> files, Path outDir, List<Dialect> dialects, boolean multiTenant, boolean configured) {}
