/** Document and range formatting through {@code forge fmt}'s formatter, sent as minimal edits. */
package dev.laforge.language.ide.formatting;
