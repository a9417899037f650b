/**
 * Arguments of the extension's commands. A command is reached from a code lens (the server's
 * arguments), the editor or explorer context menu (a resource URI) or the command palette
 * (nothing: the active editor). Free of the `vscode` API: URIs are strings here.
 */

/** The SQL dialects of the server. */
export const DIALECTS = ['postgres', 'mysql', 'sqlite'] as const;
export type Dialect = (typeof DIALECTS)[number];

/** The active editor as far as commands care. */
export interface ActiveEditor {
  readonly uri: string;
  readonly languageId: string;
  readonly text: string;
  /** Zero-based line and character of the cursor. */
  readonly line: number;
  readonly character: number;
}

/** A command that cannot run, with the message for the user. */
export interface ArgumentError {
  readonly error: string;
}

/** `laforge/generatedSql` parameters without the dialect, which the user picks. */
export interface SqlTarget {
  readonly uri: string;
  readonly model?: string;
  readonly dialect?: Dialect;
}

/** `laforge/policyPreview` parameters that say which rule to preview. */
export interface PolicyTarget {
  readonly uri: string;
  readonly policy: string | { line: number; character: number };
}

export function isError(value: unknown): value is ArgumentError {
  return typeof value === 'object' && value !== null && typeof (value as ArgumentError).error === 'string';
}

/** Parses a dialect name as the server does (`mariadb` is `mysql`); undefined when unknown. */
export function parseDialect(name: unknown): Dialect | undefined {
  if (typeof name !== 'string') {
    return undefined;
  }
  const lower = name.trim().toLowerCase();
  if (lower === 'mariadb') {
    return 'mysql';
  }
  if (lower === 'postgresql') {
    return 'postgres';
  }
  return (DIALECTS as readonly string[]).includes(lower) ? (lower as Dialect) : undefined;
}

/** The URI string of an argument: a string, or an object with a `toString()` of scheme `file` (vscode.Uri). */
export function uriOf(arg: unknown): string | undefined {
  if (typeof arg === 'string') {
    return arg;
  }
  if (typeof arg === 'object' && arg !== null && typeof (arg as { scheme?: unknown }).scheme === 'string') {
    return String(arg);
  }
  return undefined;
}

const NAME = /^\^?[A-Za-z_]\w*$/;
const NO_FORGE_FILE = 'Open a .forge file (or run the command from a .forge file\'s context menu) first.';

/** The enclosing top-level `model Name` at a zero-based line, if the line is inside one. */
export function modelAt(text: string, line: number): string | undefined {
  const lines = text.split(/\r?\n/);
  for (let i = Math.min(line, lines.length - 1); i >= 0; i--) {
    const declaration = /^(model|enum|policy|roles|claims|permissions|hook|extend)\b\s*(\^?[A-Za-z_]\w*)?/.exec(lines[i]);
    if (declaration) {
      return declaration[1] === 'model' ? declaration[2]?.replace(/^\^/, '') : undefined;
    }
  }
  return undefined;
}

/** The `policy Model.action` whose header is at or above a zero-based line, if any. */
export function policyAt(text: string, line: number): string | undefined {
  const lines = text.split(/\r?\n/);
  for (let i = Math.min(line, lines.length - 1); i >= 0; i--) {
    const policy = /^policy\s+\^?([A-Za-z_]\w*)\s*\.\s*(create|read|update|delete)\b/.exec(lines[i]);
    if (policy) {
      return `${policy[1]}.${policy[2]}`;
    }
    if (/^(model|enum|roles|claims|permissions|hook|extend)\b/.test(lines[i])) {
      return undefined;
    }
  }
  return undefined;
}

/**
 * Show Generated SQL: `[uri, model, dialect?]` from a code lens, `[resourceUri]` from a context
 * menu (the model under the cursor when it is the active editor's file), or nothing (the active
 * editor; the model under the cursor, else every file of the dialect).
 */
export function sqlTarget(args: readonly unknown[], active: ActiveEditor | undefined): SqlTarget | ArgumentError {
  const uri = args.length > 0 ? uriOf(args[0]) : active?.uri;
  if (args.length > 0 && uri === undefined) {
    return { error: `Show Generated SQL: the first argument must be the URI of a .forge file, not ${describe(args[0])}.` };
  }
  if (uri === undefined || (args.length === 0 && active?.languageId !== 'forge')) {
    return { error: NO_FORGE_FILE };
  }
  if (!uri.endsWith('.forge')) {
    return { error: `Show Generated SQL works on .forge files, not ${uri}.` };
  }
  let model: string | undefined;
  if (args.length > 1 && args[1] !== undefined && args[1] !== null) {
    if (typeof args[1] !== 'string' || !NAME.test(args[1])) {
      return { error: `Show Generated SQL: the model must be a name such as Post, not ${describe(args[1])}.` };
    }
    model = args[1].replace(/^\^/, '');
  } else if (active !== undefined && active.uri === uri) {
    model = modelAt(active.text, active.line);
  }
  let dialect: Dialect | undefined;
  if (args.length > 2 && args[2] !== undefined && args[2] !== null) {
    dialect = parseDialect(args[2]);
    if (dialect === undefined) {
      return { error: `Show Generated SQL: unknown dialect ${describe(args[2])}; use ${DIALECTS.join(', ')}.` };
    }
  }
  return { uri, ...(model ? { model } : {}), ...(dialect ? { dialect } : {}) };
}

/**
 * Preview Policy: `[uri, "Model.action"]` from a code lens, `[resourceUri]` from a context menu,
 * or nothing; without a policy name the cursor position of the active editor (inside a policy
 * or a permission rule) says which rule.
 */
export function policyTarget(args: readonly unknown[], active: ActiveEditor | undefined): PolicyTarget | ArgumentError {
  const uri = args.length > 0 ? uriOf(args[0]) : active?.uri;
  if (args.length > 0 && uri === undefined) {
    return { error: `Preview Policy: the first argument must be the URI of a .forge file, not ${describe(args[0])}.` };
  }
  if (uri === undefined || (args.length === 0 && active?.languageId !== 'forge')) {
    return { error: NO_FORGE_FILE };
  }
  if (!uri.endsWith('.forge')) {
    return { error: `Preview Policy works on .forge files, not ${uri}.` };
  }
  if (args.length > 1 && args[1] !== undefined && args[1] !== null) {
    const policy = args[1];
    if (typeof policy !== 'string' || !/^\^?[A-Za-z_]\w*(\.(create|read|update|delete))?$/.test(policy)) {
      return { error: `Preview Policy: the policy must be written Model.action (e.g. Post.read), not ${describe(policy)}.` };
    }
    return { uri, policy: policy.replace(/^\^/, '') };
  }
  if (active !== undefined && active.uri === uri) {
    return { uri, policy: { line: active.line, character: active.character } };
  }
  return { error: 'Preview Policy: place the cursor inside a policy or a permission rule, or use the "preview" code lens above a policy.' };
}

/** Migration diff: `[uri]` or nothing (the active editor); any .forge file of the project will do. */
export function migrationTarget(args: readonly unknown[], active: ActiveEditor | undefined): { uri: string } | ArgumentError {
  const uri = args.length > 0 ? uriOf(args[0]) : active?.uri;
  if (uri === undefined || (args.length === 0 && active?.languageId !== 'forge')) {
    return { error: NO_FORGE_FILE };
  }
  if (!uri.endsWith('.forge')) {
    return { error: `Show Migration Diff works on .forge files, not ${uri}.` };
  }
  return { uri };
}

/** The user and record of a policy preview as typed in the webview: JSON objects, empty means none. */
export function parsePreviewInput(userText: string, recordText: string):
  { user: Record<string, unknown> | null; record: Record<string, unknown> } | ArgumentError {
  const user = parseObject('user', userText);
  if (isError(user)) {
    return user;
  }
  const record = parseObject('record', recordText);
  if (isError(record)) {
    return record;
  }
  return { user, record: record ?? {} };
}

function parseObject(what: string, text: string): Record<string, unknown> | null | ArgumentError {
  if (text.trim() === '' || text.trim() === 'null') {
    return null;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { error: `The ${what} is not valid JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { error: `The ${what} must be a JSON object such as {"id": "…"}.` };
  }
  return value as Record<string, unknown>;
}

function describe(value: unknown): string {
  if (value === undefined) {
    return 'nothing';
  }
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
