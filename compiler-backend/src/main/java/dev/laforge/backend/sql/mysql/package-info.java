/**
 * MySQL and MariaDB DDL text. Architecture invariant: knows nothing of Xtext, EMF, LSP or HTTP,
 * nor of JDBC or files: every class here is a pure function from IR or {@code SqlSchema} to SQL text.
 */
package dev.laforge.backend.sql.mysql;
