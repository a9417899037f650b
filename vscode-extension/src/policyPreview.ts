/**
 * The policy preview view: inputs for the user context and the record, and the answer of
 * `laforge/policyPreview` (verdict, deciding clause, every clause, the SQL) rendered as HTML.
 * Free of the `vscode` API.
 */
import { DIALECTS } from './args';
import { escapeHtml } from './html';

export interface PolicyPreviewResult {
  readonly model: string;
  readonly action: string;
  readonly policy: string;
  readonly verdict: 'allow' | 'deny';
  readonly decidingClause?: { text: string; uri?: string };
  readonly clauses: readonly { text: string; outcome: string }[];
  readonly sql: Record<string, { alias: string; predicate: string; binds: readonly unknown[] }>;
  readonly rls: string;
}

/** A starting user for the inputs: an editor of one tenant. */
export const SAMPLE_USER = {
  id: '11111111-1111-4111-8111-111111111111',
  tenantId: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
  roles: ['editor'],
  claims: [],
};

/** A starting record in the same tenant. */
export const SAMPLE_RECORD = { tenantId: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa' };

/** The form: two JSON inputs and a button; the result goes into #result. */
export function renderPreviewForm(policyLabel: string, user: string, record: string): string {
  return `<h2>Preview policy <code id="policy">${escapeHtml(policyLabel)}</code></h2>
<div class="columns">
  <div><label for="user">User context (JSON; empty for an anonymous user)</label><textarea id="user">${escapeHtml(user)}</textarea></div>
  <div><label for="record">Record (JSON)</label><textarea id="record">${escapeHtml(record)}</textarea></div>
</div>
<p><button id="run">Evaluate</button></p>
<div id="result"></div>`;
}

/** The script of the form: posts the inputs, shows the HTML the extension sends back. */
export const PREVIEW_SCRIPT = `
const vscode = acquireVsCodeApi();
const run = () => vscode.postMessage({ type: 'run', user: document.getElementById('user').value, record: document.getElementById('record').value });
document.getElementById('run').addEventListener('click', run);
window.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'result') { document.getElementById('result').innerHTML = event.data.html; }
});
run();
`;

/** The answer of the server as HTML. */
export function renderPreviewResult(result: PolicyPreviewResult): string {
  const verdict = result.verdict === 'allow' ? 'allow' : 'deny';
  const parts: string[] = [];
  parts.push(`<h3 id="verdict"><span class="badge ${verdict}">${verdict}</span> ${escapeHtml(result.policy)}</h3>`);
  parts.push(`<p>Decided by: <code id="deciding">${escapeHtml(result.decidingClause?.text ?? 'no rule held')}</code></p>`);
  parts.push('<table><tr><th>Clause</th><th>Outcome</th></tr>'
    + (result.clauses ?? []).map((c) => `<tr><td><code>${escapeHtml(c.text)}</code></td>`
      + `<td class="outcome-${escapeHtml(c.outcome)}">${escapeHtml(c.outcome)}</td></tr>`).join('')
    + '</table>');
  parts.push('<h3>Compiled SQL</h3>');
  for (const dialect of DIALECTS) {
    const sql = result.sql?.[dialect];
    if (sql) {
      parts.push(`<h4>${dialect}</h4><pre>-- WHERE predicate over rows aliased ${escapeHtml(sql.alias)}\n${escapeHtml(sql.predicate)}\n-- binds: ${escapeHtml(JSON.stringify(sql.binds))}</pre>`);
    }
  }
  if (result.rls) {
    parts.push(`<h4>PostgreSQL row-level security</h4><pre>${escapeHtml(result.rls)}</pre>`);
  }
  return parts.join('\n');
}

/** An error as HTML. */
export function renderError(message: string): string {
  return `<p class="error">${escapeHtml(message)}</p>`;
}
