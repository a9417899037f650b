/**
 * Test support: IR builders, sample domains, golden files and real-database connections.
 * Architecture invariant: like the code under test, knows nothing of Xtext, EMF, LSP or HTTP.
 */
package dev.laforge.backend.testing;
