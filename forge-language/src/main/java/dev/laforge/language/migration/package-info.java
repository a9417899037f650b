/**
 * Migration-safety warnings (LF4xx) located in the sources: the schema diff between the previous
 * schema snapshot and the current domain, each finding placed on the declaration it is about.
 * Shared by {@code forge check} and the language server, so both report the same warnings.
 */
package dev.laforge.language.migration;
