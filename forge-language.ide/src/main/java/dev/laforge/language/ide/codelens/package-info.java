/**
 * Code lenses above models and policies, and the {@code workspace/executeCommand} commands they
 * run (generated SQL of a model, preview of a policy).
 */
package dev.laforge.language.ide.codelens;
