/**
 * Naming rules (Forge names to SQL names) and SQL dialect facts (identifier limits, quoting).
 * Architecture invariant: knows nothing of Xtext, EMF, LSP or HTTP, and not even of the IR, so
 * the mapper, generators and runtime can all share one source of names.
 */
package dev.laforge.backend.naming;
