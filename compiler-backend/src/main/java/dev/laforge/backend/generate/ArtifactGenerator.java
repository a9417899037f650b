package dev.laforge.backend.generate;

import dev.laforge.backend.ir.Domain;
import java.util.List;

/** A pure function from the IR to generated files: no I/O, no clock, deterministic output. */
public interface ArtifactGenerator {

  /** The files this artifact consists of, for a validated domain. */
  List<GeneratedFile> generate(Domain domain);
}
