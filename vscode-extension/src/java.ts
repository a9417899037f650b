/**
 * Finding a Java runtime for the language server: the `laforge.java.home` setting, then
 * JAVA_HOME, then the PATH. Only Java 17 or newer is accepted. Free of the `vscode` API so that
 * unit tests can drive it with a fake file system and a fake `java -version`.
 */
import * as path from 'path';

/** The first Java version the language server runs on. */
export const MINIMUM_JAVA = 17;

/** Where the documentation of the Java requirement lives. */
export const JAVA_DOCS_URL =
  'https://github.com/laforge-dev/laforge-java/blob/main/docs/vscode.md#java';

/** Where a candidate came from, in the order they are tried. */
export type JavaSource = 'setting' | 'JAVA_HOME' | 'PATH';

/** The properties of a JVM that matter here, read from `java -XshowSettings:properties -version`. */
export interface JavaProperties {
  /** `java.specification.version`: "17", "21", "1.8". */
  readonly specificationVersion: string;
  /** `java.vm.version`: identifies the exact build, e.g. "17.0.13+11-Debian-2". */
  readonly vmVersion: string;
  /** `java.vm.vendor`. */
  readonly vmVendor: string;
  /** `java.home`. */
  readonly home: string;
}

/** A usable Java runtime. */
export interface JavaRuntime {
  readonly executable: string;
  readonly source: JavaSource;
  readonly major: number;
  readonly properties: JavaProperties;
}

/** Why no runtime could be used: every candidate looked at and what was wrong with it. */
export interface JavaProblem {
  readonly message: string;
  readonly rejected: readonly { candidate: string; source: JavaSource; reason: string }[];
}

/** What discovery needs from the machine. */
export interface JavaHost {
  readonly settingHome: string | undefined;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly platform: NodeJS.Platform;
  isFile(file: string): boolean;
  /** Runs `java -XshowSettings:properties -version`; resolves to its standard error, rejects when it cannot run. */
  showSettings(executable: string): Promise<string>;
}

/** Parses the property listing of `-XshowSettings:properties` (printed on standard error). */
export function parseProperties(output: string): JavaProperties | undefined {
  const props = new Map<string, string>();
  for (const line of output.split(/\r?\n/)) {
    const match = /^\s{4}([\w.]+) = (.*)$/.exec(line);
    if (match) {
      props.set(match[1], match[2].trim());
    }
  }
  const specificationVersion = props.get('java.specification.version');
  if (specificationVersion === undefined) {
    return undefined;
  }
  return {
    specificationVersion,
    vmVersion: props.get('java.vm.version') ?? '',
    vmVendor: props.get('java.vm.vendor') ?? '',
    home: props.get('java.home') ?? '',
  };
}

/** The major version of a specification version: "1.8" is 8, "17" is 17; NaN when unreadable. */
export function majorVersion(specificationVersion: string): number {
  const parts = specificationVersion.split('.');
  const first = Number.parseInt(parts[0], 10);
  return first === 1 && parts.length > 1 ? Number.parseInt(parts[1], 10) : first;
}

/** The candidates in the order they are tried, without duplicates. */
export function candidates(host: JavaHost): { executable: string; source: JavaSource }[] {
  const exe = host.platform === 'win32' ? 'java.exe' : 'java';
  const found: { executable: string; source: JavaSource }[] = [];
  const add = (executable: string, source: JavaSource) => {
    if (!found.some((c) => c.executable === executable)) {
      found.push({ executable, source });
    }
  };
  const setting = host.settingHome?.trim();
  if (setting) {
    add(path.join(setting, 'bin', exe), 'setting');
  }
  const javaHome = host.env.JAVA_HOME?.trim();
  if (javaHome) {
    add(path.join(javaHome, 'bin', exe), 'JAVA_HOME');
  }
  const pathVar = host.env.PATH ?? host.env.Path ?? '';
  for (const dir of pathVar.split(path.delimiter)) {
    if (dir) {
      add(path.join(dir, exe), 'PATH');
    }
  }
  return found;
}

/**
 * Finds the Java to run the server with. A `laforge.java.home` that does not hold a usable Java
 * is an error of its own (the user asked for that one); otherwise JAVA_HOME and the PATH are tried
 * in turn and the first Java 17+ wins.
 */
export async function findJava(host: JavaHost): Promise<JavaRuntime | JavaProblem> {
  const rejected: { candidate: string; source: JavaSource; reason: string }[] = [];
  for (const candidate of candidates(host)) {
    const reason = await check(host, candidate.executable);
    if (typeof reason !== 'string') {
      return { ...candidate, major: majorVersion(reason.specificationVersion), properties: reason };
    }
    if (candidate.source === 'PATH' && reason === 'not found') {
      continue;
    }
    rejected.push({ candidate: candidate.executable, source: candidate.source, reason });
    if (candidate.source === 'setting') {
      return {
        message: `laforge.java.home is set to ${host.settingHome}, but ${candidate.executable} ${reason}. `
          + `Point laforge.java.home at a Java ${MINIMUM_JAVA} or newer installation (the folder that contains bin/java).`,
        rejected,
      };
    }
  }
  const details = rejected.map((r) => `${r.candidate} (${r.source}) ${r.reason}`).join('; ');
  return {
    message: `LaForge needs Java ${MINIMUM_JAVA} or newer to run its language server, and none was found`
      + (details ? `: ${details}` : ' (checked laforge.java.home, JAVA_HOME and the PATH)')
      + `. Install Java ${MINIMUM_JAVA}+ and set laforge.java.home or JAVA_HOME to it.`,
    rejected,
  };
}

/** Type guard: did discovery find a runtime? */
export function isRuntime(result: JavaRuntime | JavaProblem): result is JavaRuntime {
  return (result as JavaRuntime).executable !== undefined;
}

async function check(host: JavaHost, executable: string): Promise<JavaProperties | string> {
  if (!host.isFile(executable)) {
    return 'not found';
  }
  let output: string;
  try {
    output = await host.showSettings(executable);
  } catch (e) {
    return `could not be run (${e instanceof Error ? e.message : String(e)})`;
  }
  const props = parseProperties(output);
  if (props === undefined) {
    return 'did not report its version';
  }
  const major = majorVersion(props.specificationVersion);
  if (!(major >= MINIMUM_JAVA)) {
    return `is Java ${props.specificationVersion}, older than ${MINIMUM_JAVA}`;
  }
  return props;
}
