/**
 * The dialect-neutral relational shape of a domain (tables, constraints, join tables, foreign
 * keys, indexes), rendered by the per-dialect packages. Architecture invariant: knows nothing of
 * Xtext, EMF, LSP or HTTP, nor of JDBC: it only turns IR into values and text.
 */
package dev.laforge.backend.sql;
