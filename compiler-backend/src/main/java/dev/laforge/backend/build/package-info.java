/**
 * Everything {@code forge generate} produces for a domain, in one call shared by the CLI and the
 * language server (generate on save), so both write byte-identical files.
 */
package dev.laforge.backend.build;
