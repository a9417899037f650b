/**
 * The canonical IR as immutable records. Architecture invariant: this package knows nothing of
 * Xtext, EMF, LSP or HTTP; it is built by the mapper in forge-language and read by generators.
 */
package dev.laforge.backend.ir;
