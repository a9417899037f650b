/** Quick fixes (LSP code actions of kind quickfix) for LaForge's diagnostics. */
package dev.laforge.language.ide.codeactions;
