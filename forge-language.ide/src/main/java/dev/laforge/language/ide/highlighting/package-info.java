/** Semantic tokens: names classified by what they denote, in the standard LSP token types. */
package dev.laforge.language.ide.highlighting;
