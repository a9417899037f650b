/**
 * Symbols and where they are written ({@link dev.laforge.language.ide.symbols.SymbolFinder}), and
 * the services built on them: go to definition, find references, document highlight, the outline,
 * workspace symbols and folding ranges.
 */
package dev.laforge.language.ide.symbols;
