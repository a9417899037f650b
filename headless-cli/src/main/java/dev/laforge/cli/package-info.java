/**
 * The {@code forge} command line. Architecture invariant: thin — it parses arguments, calls
 * forge-language to load a domain and compiler-backend to generate, prints and returns an exit
 * code. No compiler logic lives here, and it knows nothing of LSP or HTTP.
 */
package dev.laforge.cli;
