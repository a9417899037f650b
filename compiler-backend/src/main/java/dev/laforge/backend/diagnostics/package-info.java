/** Diagnostics as data: stable codes, severities and located records shared by CLI and editor. */
package dev.laforge.backend.diagnostics;
