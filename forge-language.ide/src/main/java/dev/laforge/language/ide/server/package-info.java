/**
 * The Forge language server on Xtext's: coded diagnostics linking to their docs, editor
 * settings, one project per forge.yaml and generate on save. Language services (hover, quick
 * fixes, completion, ...) live in the sibling packages and are bound in ForgeIdeModule.
 */
package dev.laforge.language.ide.server;
