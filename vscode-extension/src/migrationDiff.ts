/**
 * The migration diff view: the answer of `laforge/migrationDiff` (operations with a risk
 * classification, the SQL of each dialect, rename hints) rendered as HTML. Free of the `vscode` API.
 */
import { Dialect, DIALECTS } from './args';
import { escapeHtml } from './html';

/** The risks an operation can carry, from harmless to dangerous. */
export const RISKS = ['safe', 'rename', 'locking', 'data-dependent', 'policy-weakening', 'destructive'] as const;

export interface MigrationFinding {
  readonly code: string;
  readonly risk: string;
  readonly message: string;
}

export interface MigrationOperation {
  readonly kind: string;
  readonly target: string;
  readonly description: string;
  readonly risk: string;
  readonly findings: readonly MigrationFinding[];
  readonly sql: Partial<Record<Dialect, readonly string[]>>;
}

export interface MigrationDiff {
  readonly baseline: 'snapshot' | 'none';
  readonly snapshot: string | null;
  readonly summary: { changes: number; destructive: number; dataDependent: number; text: string };
  readonly operations: readonly MigrationOperation[];
  readonly hints: readonly { table: string; dropped: string; added: string; message: string }[];
}

/** Checks the shape of a response; returns the problem, or undefined when it is a migration diff. */
export function validateMigrationDiff(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) {
    return 'the server answered no migration diff';
  }
  const diff = value as Partial<MigrationDiff>;
  if (diff.baseline !== 'snapshot' && diff.baseline !== 'none') {
    return 'the answer has no baseline';
  }
  if (typeof diff.summary !== 'object' || diff.summary === null || typeof diff.summary.text !== 'string') {
    return 'the answer has no summary';
  }
  if (!Array.isArray(diff.operations) || !Array.isArray(diff.hints ?? [])) {
    return 'the answer has no list of operations';
  }
  return undefined;
}

/** The CSS class of a risk's badge (unknown risks get a neutral badge). */
export function riskClass(risk: string): string {
  return (RISKS as readonly string[]).includes(risk) ? `risk-${risk}` : 'risk-unknown';
}

/** The body of the migration diff view for one dialect. */
export function renderMigrationDiff(diff: MigrationDiff, dialect: Dialect): string {
  const parts: string[] = [];
  parts.push(`<h2>Migration diff</h2>`);
  parts.push(diff.baseline === 'snapshot'
    ? `<p>Compared with the snapshot <code>${escapeHtml(diff.snapshot)}</code>.</p>`
    : `<p>No snapshot yet: every table is new.</p>`);
  const s = diff.summary;
  parts.push(`<p id="summary"><strong>${escapeHtml(s.text)}</strong> `
    + `<span class="badge ${riskClass('destructive')}">${Number(s.destructive) || 0} destructive</span>`
    + `<span class="badge ${riskClass('data-dependent')}">${Number(s.dataDependent) || 0} data-dependent</span></p>`);
  parts.push(`<p>Dialect: ${DIALECTS.map((d) => d === dialect
    ? `<strong>${d}</strong>` : `<a href="#" data-dialect="${d}">${d}</a>`).join(' · ')}</p>`);
  if (diff.operations.length === 0) {
    parts.push('<p>No changes: the schema matches the snapshot.</p>');
  }
  for (const op of diff.operations) {
    const sql = op.sql?.[dialect] ?? [];
    parts.push(`<div class="operation">`
      + `<h3><span class="badge ${riskClass(op.risk)}">${escapeHtml(op.risk)}</span>`
      + `${escapeHtml(op.kind)} <code>${escapeHtml(op.target)}</code></h3>`
      + `<p>${escapeHtml(op.description)}</p>`
      + (op.findings ?? []).map((f) => `<p class="finding"><span class="badge ${riskClass(f.risk)}">${escapeHtml(f.code)}</span>${escapeHtml(f.message)}</p>`).join('')
      + (sql.length > 0 ? `<pre>${escapeHtml(sql.join('\n'))}</pre>` : `<p><em>No SQL for ${dialect}.</em></p>`)
      + `</div>`);
  }
  if ((diff.hints ?? []).length > 0) {
    parts.push('<h3>Possible renames</h3><ul>'
      + diff.hints.map((h) => `<li><code>${escapeHtml(h.table)}</code>: <code>${escapeHtml(h.dropped)}</code> → `
        + `<code>${escapeHtml(h.added)}</code>: ${escapeHtml(h.message)}</li>`).join('')
      + '</ul>');
  }
  return parts.join('\n');
}
