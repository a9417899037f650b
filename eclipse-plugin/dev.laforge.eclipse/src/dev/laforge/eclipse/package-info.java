/**
 * The LaForge Eclipse plugin: a Generic Editor for {@code .forge} files and an LSP4J client of the
 * Forge language server, which it launches from the jar it carries.
 *
 * <p>Architecture invariant: the plugin knows the language only through the language server's
 * protocol (standard LSP plus the {@code laforge/*} requests). It never links the compiler, the
 * Xtext language or the server classes; the only language knowledge kept here is the keyword list of
 * the syntax colouring.
 */
package dev.laforge.eclipse;
