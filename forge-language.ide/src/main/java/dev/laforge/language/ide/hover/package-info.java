/**
 * Hovers: a declaration's doc comment, then the SQL it compiles to in the active dialect (tables,
 * columns, foreign keys, join tables, row-level security) or where a role or claim is used.
 */
package dev.laforge.language.ide.hover;
