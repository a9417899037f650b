/**
 * The LaForge extension: starts the Forge language server on a Java 17+ runtime, and adds the
 * commands that show what a domain compiles to (generated SQL, policy previews, migration diffs).
 */
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as vscode from 'vscode';
import {
  CloseAction,
  DidChangeConfigurationNotification,
  DidSaveTextDocumentNotification,
  ErrorAction,
  FeatureState,
  LanguageClient,
  LanguageClientOptions,
  ResponseError,
  RevealOutputChannelOn,
  ServerOptions,
  State,
  StaticFeature,
  TransportKind,
} from 'vscode-languageclient/node';
import {
  ActiveEditor, ArgumentError, Dialect, DIALECTS, isError, migrationTarget, parseDialect, parsePreviewInput,
  PolicyTarget, policyTarget, sqlTarget,
} from './args';
import { page } from './html';
import { findJava, isRuntime, JAVA_DOCS_URL, JavaRuntime } from './java';
import { ArchiveIdentity, archiveMatches, RestartBudget, serverArguments, serverFiles } from './launch';
import { MigrationDiff, renderMigrationDiff, validateMigrationDiff } from './migrationDiff';
import {
  PolicyPreviewResult, PREVIEW_SCRIPT, renderError, renderPreviewForm, renderPreviewResult, SAMPLE_RECORD, SAMPLE_USER,
} from './policyPreview';

const SQL_SCHEME = 'laforge-sql';
const METHOD_NOT_FOUND = -32601;

/** Crashes tolerated before the extension stops restarting the server on its own. */
const MAX_RESTARTS = 4;
const RESTART_WINDOW_MS = 3 * 60 * 1000;

/** The client does not declare workspace/executeCommand: the extension implements the server's command ids itself. */
class OwnCommandsFeature implements StaticFeature {
  fillClientCapabilities(capabilities: { workspace?: { executeCommand?: unknown } }): void {
    if (capabilities.workspace) {
      delete capabilities.workspace.executeCommand;
    }
  }
  initialize(): void {}
  getState(): FeatureState {
    return { kind: 'static' };
  }
  clear(): void {}
}

/** The `laforge/generated` notification. */
interface GeneratedReport {
  readonly ok: boolean;
  readonly outDir: string;
  readonly written: readonly string[];
  readonly message: string;
}

class LaForge implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private java: JavaRuntime | undefined;
  private readonly output = vscode.window.createOutputChannel('LaForge');
  private readonly status = vscode.window.createStatusBarItem('laforge.status', vscode.StatusBarAlignment.Right, 100);
  private readonly budget = new RestartBudget(MAX_RESTARTS, RESTART_WINDOW_MS);
  private readonly sqlDocuments = new Map<string, string>();
  private readonly sqlChanged = new vscode.EventEmitter<vscode.Uri>();
  private readonly generated = new vscode.EventEmitter<GeneratedReport>();
  private state = 'starting';
  private policyPanel: vscode.WebviewPanel | undefined;
  private migrationPanel: vscode.WebviewPanel | undefined;
  private previewed: PolicyTarget | undefined;
  private diff: MigrationDiff | undefined;

  constructor(private readonly context: vscode.ExtensionContext) {
    this.status.name = 'LaForge';
    this.status.command = 'laforge.selectDialect';
    this.render();
    this.status.show();
  }

  register(): void {
    const c = this.context.subscriptions;
    c.push(this, this.output, this.status, this.sqlChanged, this.generated);
    c.push(vscode.workspace.registerTextDocumentContentProvider(SQL_SCHEME, {
      onDidChange: this.sqlChanged.event,
      provideTextDocumentContent: (uri) => this.sqlDocuments.get(uri.toString()) ?? '',
    }));
    c.push(vscode.commands.registerCommand('laforge.showGeneratedSql', (...args: unknown[]) => this.showGeneratedSql(args)));
    c.push(vscode.commands.registerCommand('laforge.previewPolicy', (...args: unknown[]) => this.previewPolicy(args)));
    c.push(vscode.commands.registerCommand('laforge.showMigrationDiff', (...args: unknown[]) => this.showMigrationDiff(args)));
    c.push(vscode.commands.registerCommand('laforge.generateNow', (...args: unknown[]) => this.generateNow(args)));
    c.push(vscode.commands.registerCommand('laforge.restartServer', () => this.restart()));
    c.push(vscode.commands.registerCommand('laforge.selectDialect', () => this.selectDialect()));
    c.push(vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('laforge.java.home')) {
        void this.restart();
      } else if (e.affectsConfiguration('laforge.dialect')) {
        this.render();
      }
    }));
  }

  async start(): Promise<void> {
    this.setState('starting');
    const found = await findJava({
      settingHome: this.config().get<string>('java.home') || undefined,
      env: process.env,
      platform: process.platform,
      isFile: (file) => { try { return fs.statSync(file).isFile(); } catch { return false; } },
      showSettings: (exe) => new Promise((resolve, reject) =>
        execFile(exe, ['-XshowSettings:properties', '-version'], { timeout: 15000 }, (err, _stdout, stderr) =>
          err ? reject(err) : resolve(stderr))),
    });
    if (!isRuntime(found)) {
      this.setState('no Java');
      this.output.appendLine(found.message);
      void vscode.window.showErrorMessage(found.message, 'Open Documentation', 'Open Settings').then((choice) => {
        if (choice === 'Open Documentation') {
          void vscode.env.openExternal(vscode.Uri.parse(JAVA_DOCS_URL));
        } else if (choice === 'Open Settings') {
          void vscode.commands.executeCommand('workbench.action.openSettings', 'laforge.java.home');
        }
      });
      return;
    }
    this.java = found;
    const files = serverFiles(this.context.extensionPath);
    const identity = readJson<ArchiveIdentity>(files.archiveIdentity);
    const useArchive = fs.existsSync(files.archive) && archiveMatches(identity, found.properties);
    const args = serverArguments(fs.readFileSync(files.options, 'utf8'), files, useArchive);
    this.output.appendLine(`Java ${found.properties.specificationVersion} (${found.source}): ${found.executable}`
      + (useArchive ? ', with the class data sharing archive' : ''));
    const serverOptions: ServerOptions = { command: found.executable, args, transport: TransportKind.stdio };
    const clientOptions: LanguageClientOptions = {
      documentSelector: [{ scheme: 'file', language: 'forge' }],
      synchronize: {
        configurationSection: 'laforge',
        fileEvents: vscode.workspace.createFileSystemWatcher('**/{*.forge,forge.yaml}'),
      },
      initializationOptions: this.serverSettings(),
      outputChannel: this.output,
      revealOutputChannelOn: RevealOutputChannelOn.Never,
      errorHandler: {
        error: () => ({ action: ErrorAction.Continue }),
        closed: () => {
          if (this.budget.tryRestart(Date.now())) {
            this.output.appendLine('The language server stopped; restarting it.');
            return { action: CloseAction.Restart, handled: true };
          }
          this.setState('stopped');
          void vscode.window.showErrorMessage(
            `The LaForge language server stopped ${MAX_RESTARTS + 1} times in 3 minutes and will not be restarted automatically. See the LaForge output for details.`,
            'Restart Language Server').then((choice) => {
            if (choice) {
              void this.restart();
            }
          });
          return { action: CloseAction.DoNotRestart, handled: true };
        },
      },
    };
    const client = new LanguageClient('laforge', 'LaForge', serverOptions, clientOptions);
    client.registerFeature(new OwnCommandsFeature());
    client.onDidChangeState((e) => {
      this.setState(e.newState === State.Running ? 'ready' : e.newState === State.Starting ? 'starting' : 'stopped');
    });
    this.client = client;
    try {
      await client.start();
      client.onNotification('laforge/generated', (report: GeneratedReport) => this.generated.fire(report));
    } catch (e) {
      this.setState('error');
      this.output.appendLine(`The language server did not start: ${message(e)}`);
      void vscode.window.showErrorMessage(`The LaForge language server did not start: ${message(e)}`);
    }
  }

  async restart(): Promise<void> {
    this.budget.reset();
    const client = this.client;
    this.client = undefined;
    if (client) {
      try {
        await client.stop(5000);
      } catch (e) {
        this.output.appendLine(`Stopping the language server: ${message(e)}`);
      }
      await client.dispose();
    }
    await this.start();
  }

  async dispose(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (client) {
      await client.stop(2000).catch(() => undefined);
    }
    this.policyPanel?.dispose();
    this.migrationPanel?.dispose();
  }

  private config(): vscode.WorkspaceConfiguration {
    return vscode.workspace.getConfiguration('laforge');
  }

  /** The settings the server reads (docs/lsp.md#settings). */
  private serverSettings(): { generateOnSave: boolean; dialect: string; outDir: string } {
    const config = this.config();
    return {
      generateOnSave: config.get<boolean>('generateOnSave', true),
      dialect: config.get<string>('dialect', '') ?? '',
      outDir: config.get<string>('outDir', '') ?? '',
    };
  }

  private activeDialect(): Dialect | undefined {
    return parseDialect(this.config().get<string>('dialect'));
  }

  private setState(state: string): void {
    this.state = state;
    this.render();
  }

  private render(): void {
    const dialect = this.activeDialect() ?? 'project dialect';
    const icon = this.state === 'ready' ? '$(database)' : this.state === 'starting' ? '$(sync~spin)' : '$(error)';
    this.status.text = `${icon} LaForge: ${this.state} · ${dialect}`;
    this.status.tooltip = `LaForge language server: ${this.state}`
      + (this.java ? ` (Java ${this.java.properties.specificationVersion})` : '')
      + `\nDialect of hovers and previews: ${dialect} (click to change)`;
  }

  private active(): ActiveEditor | undefined {
    const editor = vscode.window.activeTextEditor;
    if (!editor) {
      return undefined;
    }
    return {
      uri: editor.document.uri.toString(),
      languageId: editor.document.languageId,
      text: editor.document.getText(),
      line: editor.selection.active.line,
      character: editor.selection.active.character,
    };
  }

  private running(): LanguageClient | undefined {
    if (this.client?.state === State.Running) {
      return this.client;
    }
    void vscode.window.showWarningMessage('The LaForge language server is not running. Run "LaForge: Restart Language Server" or see the LaForge output.');
    return undefined;
  }

  private async selectDialect(): Promise<void> {
    const current = this.activeDialect();
    const items: (vscode.QuickPickItem & { value: string })[] = [
      { label: 'project dialect', description: 'the first dialect of forge.yaml', value: '' },
      ...DIALECTS.map((d) => ({ label: d, value: d, description: d === current ? 'current' : undefined })),
    ];
    const pick = await vscode.window.showQuickPick(items, { placeHolder: 'SQL dialect of hovers and previews' });
    if (pick) {
      await this.config().update('dialect', pick.value, vscode.ConfigurationTarget.Workspace);
    }
  }

  private async pickDialect(): Promise<Dialect | undefined> {
    const current = this.activeDialect();
    const ordered = current ? [current, ...DIALECTS.filter((d) => d !== current)] : [...DIALECTS];
    const pick = await vscode.window.showQuickPick(ordered, { placeHolder: 'Dialect of the generated SQL' });
    return parseDialect(pick);
  }

  async showGeneratedSql(args: unknown[]): Promise<void> {
    const target = sqlTarget(args, this.active());
    if (reportError(target)) {
      return;
    }
    const client = this.running();
    if (!client) {
      return;
    }
    const dialect = target.dialect ?? await this.pickDialect();
    if (!dialect) {
      return;
    }
    const result = await request<{ files: { path: string; content: string }[] }>(client, 'laforge/generatedSql',
      { uri: target.uri, dialect, ...(target.model ? { model: target.model } : {}) });
    if (!result) {
      return;
    }
    const text = result.files.length === 1 && target.model
      ? `-- ${result.files[0].path}: model ${target.model}\n${result.files[0].content}`
      : result.files.map((f) => `-- ${f.path}\n${f.content}`).join('\n');
    const uri = vscode.Uri.from({ scheme: SQL_SCHEME, path: `/${dialect}/${target.model ?? 'schema'}.sql` });
    this.sqlDocuments.set(uri.toString(), text);
    this.sqlChanged.fire(uri);
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document, { preview: false, viewColumn: vscode.ViewColumn.Beside });
  }

  async previewPolicy(args: unknown[]): Promise<void> {
    const target = policyTarget(args, this.active());
    if (reportError(target) || !this.running()) {
      return;
    }
    const label = typeof target.policy === 'string' ? target.policy : `at line ${target.policy.line + 1}`;
    this.previewed = target;
    let panel = this.policyPanel;
    if (!panel) {
      const created = vscode.window.createWebviewPanel('laforge.policyPreview', 'Policy preview',
        vscode.ViewColumn.Beside, { enableScripts: true, retainContextWhenHidden: true });
      const subscription = created.webview.onDidReceiveMessage((msg: { type: string; user: string; record: string }) =>
        msg.type === 'run' ? this.evaluate(created, msg.user, msg.record) : undefined);
      created.onDidDispose(() => {
        subscription.dispose();
        this.policyPanel = undefined;
      });
      this.policyPanel = panel = created;
    }
    panel.title = `Policy preview: ${label}`;
    panel.webview.html = page(`Policy preview ${label}`, makeNonce(), panel.webview.cspSource,
      renderPreviewForm(label, JSON.stringify(SAMPLE_USER, null, 2), JSON.stringify(SAMPLE_RECORD, null, 2)), PREVIEW_SCRIPT);
    panel.reveal(vscode.ViewColumn.Beside, true);
  }

  /** Evaluates the previewed rule for the user and record typed in the view, and shows the answer there. */
  private async evaluate(panel: vscode.WebviewPanel, userText: string, recordText: string): Promise<void> {
    const target = this.previewed;
    const input = parsePreviewInput(userText, recordText);
    let html: string;
    if (isError(input)) {
      html = renderError(input.error);
    } else if (!target || !this.client || this.client.state !== State.Running) {
      html = renderError('The LaForge language server is not running.');
    } else {
      const result = await requestOrError<PolicyPreviewResult>(this.client, 'laforge/policyPreview',
        { uri: target.uri, policy: target.policy, user: input.user, record: input.record });
      html = typeof result === 'string' ? renderError(result) : renderPreviewResult(result);
    }
    void panel.webview.postMessage({ type: 'result', html });
  }

  async showMigrationDiff(args: unknown[]): Promise<void> {
    const target = migrationTarget(args, this.active());
    if (reportError(target)) {
      return;
    }
    const client = this.running();
    if (!client) {
      return;
    }
    let diff: unknown;
    try {
      diff = await client.sendRequest('laforge/migrationDiff', { uri: target.uri });
    } catch (e) {
      const text = e instanceof ResponseError && e.code === METHOD_NOT_FOUND
        ? 'This LaForge language server does not offer migration diffs yet (laforge/migrationDiff).'
        : `Show Migration Diff: ${message(e)}`;
      void vscode.window.showErrorMessage(text);
      return;
    }
    const problem = validateMigrationDiff(diff);
    if (problem) {
      void vscode.window.showErrorMessage(`Show Migration Diff: ${problem}.`);
      return;
    }
    this.diff = diff as MigrationDiff;
    let panel = this.migrationPanel;
    if (!panel) {
      const created = vscode.window.createWebviewPanel('laforge.migrationDiff', 'Migration diff',
        vscode.ViewColumn.Beside, { enableScripts: true });
      const subscription = created.webview.onDidReceiveMessage((msg: { type: string; dialect: string }) => {
        const dialect = parseDialect(msg.dialect);
        if (msg.type === 'dialect' && dialect) {
          this.showDiff(created, dialect);
        }
      });
      created.onDidDispose(() => {
        subscription.dispose();
        this.migrationPanel = undefined;
      });
      this.migrationPanel = panel = created;
    }
    this.showDiff(panel, this.activeDialect() ?? 'postgres');
    panel.reveal(vscode.ViewColumn.Beside, true);
  }

  private showDiff(panel: vscode.WebviewPanel, dialect: Dialect): void {
    if (!this.diff) {
      return;
    }
    panel.webview.html = page('Migration diff', makeNonce(), panel.webview.cspSource, renderMigrationDiff(this.diff, dialect),
      `const vscode = acquireVsCodeApi();
document.querySelectorAll('[data-dialect]').forEach((a) => a.addEventListener('click', (e) => {
  e.preventDefault(); vscode.postMessage({ type: 'dialect', dialect: a.getAttribute('data-dialect') });
}));`);
  }

  /**
   * Generate Now: the server generates when a file is saved, so the extension tells it the file
   * was saved (turning generate on save on for that one notification if the user switched it off).
   */
  async generateNow(args: unknown[]): Promise<void> {
    const target = migrationTarget(args, this.active());
    if (reportError(target)) {
      return;
    }
    const client = this.running();
    if (!client) {
      return;
    }
    const settings = this.serverSettings();
    const done = new Promise<GeneratedReport>((resolve) => {
      const once = this.generated.event((report) => { once.dispose(); resolve(report); });
    });
    if (!settings.generateOnSave) {
      await client.sendNotification(DidChangeConfigurationNotification.type, { settings: { laforge: { ...settings, generateOnSave: true } } });
    }
    await client.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri: target.uri } });
    if (!settings.generateOnSave) {
      await client.sendNotification(DidChangeConfigurationNotification.type, { settings: { laforge: settings } });
    }
    const report = await done;
    if (report.ok) {
      void vscode.window.showInformationMessage(`LaForge: ${report.message} (${vscode.Uri.parse(report.outDir).fsPath})`);
    }
  }
}

let extension: LaForge | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  extension = new LaForge(context);
  extension.register();
  await extension.start();
}

export async function deactivate(): Promise<void> {
  await extension?.dispose();
  extension = undefined;
}

function reportError<T>(value: T | ArgumentError): value is ArgumentError {
  if (isError(value)) {
    void vscode.window.showErrorMessage(value.error);
    return true;
  }
  return false;
}

async function request<T>(client: LanguageClient, method: string, params: object): Promise<T | undefined> {
  const result = await requestOrError<T>(client, method, params);
  if (typeof result === 'string') {
    void vscode.window.showErrorMessage(`LaForge: ${result}`);
    return undefined;
  }
  return result;
}

async function requestOrError<T>(client: LanguageClient, method: string, params: object): Promise<T | string> {
  try {
    return await client.sendRequest<T>(method, params);
  } catch (e) {
    return message(e);
  }
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

function makeNonce(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let nonce = '';
  for (let i = 0; i < 32; i++) {
    nonce += chars.charAt(Math.floor(Math.random() * chars.length));
  }
  return nonce;
}
