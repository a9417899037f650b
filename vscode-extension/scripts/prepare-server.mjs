// Copies the language server into server/: the shaded jar, jvm.options and, when the build wrote
// one, the class data sharing archive with the identity of the JVM that wrote it (the extension
// uses the archive only with that JVM build).
// Usage: node scripts/prepare-server.mjs <forge-lsp-server module dir> <java.home of the build>
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [moduleDir, javaHome] = process.argv.slice(2);
if (!moduleDir || !javaHome) {
  console.error('usage: prepare-server.mjs <forge-lsp-server dir> <java.home>');
  process.exit(2);
}
const target = 'server';
rmSync(target, { recursive: true, force: true });
mkdirSync(target);
const jar = join(moduleDir, 'target', 'forge-lsp-server.jar');
if (!existsSync(jar)) {
  console.error(`${jar} is missing: build forge-lsp-server first`);
  process.exit(1);
}
copyFileSync(jar, join(target, 'forge-lsp-server.jar'));
copyFileSync(join(moduleDir, 'src', 'main', 'resources', 'dev', 'laforge', 'lsp', 'jvm.options'), join(target, 'jvm.options'));
const archive = join(moduleDir, 'target', 'forge-lsp-server.jsa');
if (existsSync(archive)) {
  const shown = spawnSync(join(javaHome, 'bin', 'java'), ['-XshowSettings:properties', '-version'], { encoding: 'utf8' });
  const stderr = shown.stderr ?? '';
  const prop = (name) => (new RegExp(`^\\s{4}${name.replace(/\./g, '\\.')} = (.*)$`, 'm').exec(stderr) ?? [])[1]?.trim() ?? '';
  copyFileSync(archive, join(target, 'forge-lsp-server.jsa'));
  writeFileSync(join(target, 'forge-lsp-server.jsa.json'),
    JSON.stringify({ vmVersion: prop('java.vm.version'), vmVendor: prop('java.vm.vendor'), home: prop('java.home') }, null, 2) + '\n');
  console.log(`server/: jar, jvm.options, CDS archive for ${prop('java.vm.version')}`);
} else {
  console.log('server/: jar, jvm.options (no CDS archive)');
}
