/** Small HTML helpers for the webviews. Free of the `vscode` API. */

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: unknown): string {
  return String(text ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A page with a strict content security policy: only the nonce'd script and the inline styles run. */
export function page(title: string, nonce: string, cspSource: string, body: string, script = ''): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${cspSource} 'unsafe-inline'; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(title)}</title>
<style>
  body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); padding: 0 1em; }
  pre { background: var(--vscode-textCodeBlock-background); padding: .6em; overflow-x: auto; white-space: pre-wrap; }
  code, pre, textarea { font-family: var(--vscode-editor-font-family); font-size: var(--vscode-editor-font-size); }
  textarea { width: 100%; min-height: 7em; color: var(--vscode-input-foreground); background: var(--vscode-input-background); border: 1px solid var(--vscode-input-border, transparent); }
  button { color: var(--vscode-button-foreground); background: var(--vscode-button-background); border: none; padding: .4em 1em; cursor: pointer; }
  .badge { display: inline-block; border-radius: 3px; padding: 0 .5em; margin-right: .4em; font-size: 85%; font-weight: 600; color: #fff; }
  .risk-safe, .allow { background: #2e7d32; }
  .risk-destructive, .deny { background: #c62828; }
  .risk-data-dependent, .risk-locking { background: #ef6c00; }
  .risk-rename, .risk-policy-weakening { background: #6a1b9a; }
  .risk-unknown { background: #546e7a; }
  .outcome-true { color: #2e7d32; } .outcome-false { color: #c62828; } .outcome-unknown { color: #ef6c00; }
  .error { color: var(--vscode-errorForeground); }
  table { border-collapse: collapse; } td, th { text-align: left; padding: .2em .6em; vertical-align: top; }
  .columns { display: flex; gap: 1em; } .columns > div { flex: 1; }
</style>
</head>
<body>
${body}
${script ? `<script nonce="${nonce}">${script}</script>` : ''}
</body>
</html>`;
}
