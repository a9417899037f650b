/**
 * The executable Forge language server. Architecture invariant: only this module and
 * forge-language.ide know LSP; the compiler behind it is reached through forge-language.
 */
package dev.laforge.lsp;
