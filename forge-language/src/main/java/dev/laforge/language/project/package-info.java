/**
 * The project a domain belongs to: forge.yaml (domain globs, outDir, dialects) and the discovery
 * of its .forge files. Shared by the CLI and the language server so both see the same project.
 */
package dev.laforge.language.project;
