/**
 * Generators as pure functions IR -> files, and {@link dev.laforge.backend.generate.OutputWriter},
 * the one place that writes them. Architecture invariant: knows nothing of Xtext, EMF, LSP or
 * HTTP; generators do no I/O and read no clock, so output is byte-identical for the same IR.
 */
package dev.laforge.backend.generate;
