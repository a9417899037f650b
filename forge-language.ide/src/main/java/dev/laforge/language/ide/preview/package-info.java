/**
 * The live project as IR and LaForge's own requests on it: {@code laforge/policyPreview} (a
 * verdict with its deciding clause and the SQL of every dialect) and {@code laforge/generatedSql}.
 */
package dev.laforge.language.ide.preview;
