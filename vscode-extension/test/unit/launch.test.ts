import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { archiveMatches, jvmOptions, RestartBudget, serverArguments, serverFiles } from '../../src/launch';

const OPTIONS = `# JVM options
# comment

-Xlog:disable
-Xlog:all=warning:stderr

-XX:SharedArchiveFile=\${jarDir}/forge-lsp-server.jsa
-XX:+UseSerialGC
`;

test('options: comments and blank lines skipped, ${jarDir} replaced, order kept', () => {
  assert.deepEqual(jvmOptions(OPTIONS, '/ext/server', true),
    ['-Xlog:disable', '-Xlog:all=warning:stderr', '-XX:SharedArchiveFile=/ext/server/forge-lsp-server.jsa', '-XX:+UseSerialGC']);
});

test('options: the archive line is dropped when the archive cannot be used', () => {
  assert.deepEqual(jvmOptions(OPTIONS, '/ext/server', false), ['-Xlog:disable', '-Xlog:all=warning:stderr', '-XX:+UseSerialGC']);
});

test('arguments: options before -jar, and no --stdio (the server reads stdio by default)', () => {
  const files = serverFiles('/ext');
  const args = serverArguments(OPTIONS, files, false);
  assert.deepEqual(args.slice(-2), ['-jar', path.join('/ext', 'server', 'forge-lsp-server.jar')]);
  assert.ok(args.indexOf('-Xlog:disable') < args.indexOf('-jar'));
  assert.ok(!args.includes('--stdio'));
});

test('the archive is used only with the JVM build that wrote it', () => {
  const java = { specificationVersion: '17', vmVersion: '17.0.13+11-Debian-2', vmVendor: 'Debian', home: '/usr/lib/jvm/java-17/' };
  const identity = { vmVersion: '17.0.13+11-Debian-2', vmVendor: 'Debian', home: '/usr/lib/jvm/java-17' };
  assert.ok(archiveMatches(identity, java));
  assert.ok(!archiveMatches(undefined, java));
  assert.ok(!archiveMatches({ ...identity, vmVersion: '17.0.14+7' }, java));
  assert.ok(!archiveMatches({ ...identity, vmVendor: 'Eclipse Adoptium' }, java));
  assert.ok(!archiveMatches({ ...identity, home: '/opt/other-jdk' }, java));
});

test('restarts after crashes are bounded within a time window', () => {
  const budget = new RestartBudget(2, 1000);
  assert.ok(budget.tryRestart(0));
  assert.ok(budget.tryRestart(10));
  assert.ok(!budget.tryRestart(20));
  assert.ok(budget.tryRestart(1005), 'the first crash left the window');
  assert.ok(!budget.tryRestart(1006));
  budget.reset();
  assert.ok(budget.tryRestart(1007));
});
