/**
 * The command line of the language server: the JVM options shipped beside the jar
 * (`server/jvm.options`), then `-jar server/forge-lsp-server.jar`. Free of the `vscode` API.
 */
import * as path from 'path';
import { JavaProperties } from './java';

/** The JVM that wrote the class data sharing archive, recorded by the build beside it. */
export interface ArchiveIdentity {
  readonly vmVersion: string;
  readonly vmVendor: string;
  readonly home: string;
}

/** The files of the bundled server. */
export interface ServerFiles {
  readonly dir: string;
  readonly jar: string;
  readonly options: string;
  readonly archive: string;
  readonly archiveIdentity: string;
}

/** The files of the server bundled in the extension folder. */
export function serverFiles(extensionDir: string): ServerFiles {
  const dir = path.join(extensionDir, 'server');
  return {
    dir,
    jar: path.join(dir, 'forge-lsp-server.jar'),
    options: path.join(dir, 'jvm.options'),
    archive: path.join(dir, 'forge-lsp-server.jsa'),
    archiveIdentity: path.join(dir, 'forge-lsp-server.jsa.json'),
  };
}

/**
 * True when the archive can be used with this Java: a CDS archive only loads in the exact JVM
 * build that wrote it, anything else would print a warning and start slower.
 */
export function archiveMatches(identity: ArchiveIdentity | undefined, java: JavaProperties): boolean {
  return identity !== undefined
    && identity.vmVersion === java.vmVersion
    && identity.vmVendor === java.vmVendor
    && path.resolve(identity.home) === path.resolve(java.home);
}

/**
 * The options of a jvm.options text: one per line, `#` comments and blank lines skipped,
 * `${jarDir}` replaced; the `-XX:SharedArchiveFile` line kept only when `useArchive`.
 */
export function jvmOptions(text: string, jarDir: string, useArchive: boolean): string[] {
  const options: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) {
      continue;
    }
    if (line.startsWith('-XX:SharedArchiveFile=') && !useArchive) {
      continue;
    }
    options.push(line.split('${jarDir}').join(jarDir));
  }
  return options;
}

/** The arguments of `java`: options first, then the jar (stdio is the server's default transport). */
export function serverArguments(optionsText: string, files: ServerFiles, useArchive: boolean): string[] {
  return [...jvmOptions(optionsText, files.dir, useArchive), '-jar', files.jar];
}

/**
 * Bounded restarts after crashes: at most `max` within `windowMs`. Returns true when one more
 * restart is allowed at time `now` and records it.
 */
export class RestartBudget {
  private readonly times: number[] = [];

  constructor(private readonly max: number, private readonly windowMs: number) {}

  tryRestart(now: number): boolean {
    while (this.times.length > 0 && now - this.times[0] > this.windowMs) {
      this.times.shift();
    }
    if (this.times.length >= this.max) {
      return false;
    }
    this.times.push(now);
    return true;
  }

  /** Forgets earlier crashes, e.g. after a restart the user asked for. */
  reset(): void {
    this.times.length = 0;
  }
}
