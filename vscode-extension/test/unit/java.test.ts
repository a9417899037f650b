import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { candidates, findJava, isRuntime, JavaHost, majorVersion, parseProperties } from '../../src/java';

function settings(spec: string, vm = `${spec}.0.2+7`, home = '/jdk'): string {
  return [
    'Property settings:',
    `    java.home = ${home}`,
    `    java.specification.version = ${spec}`,
    `    java.vm.vendor = Eclipse Adoptium`,
    `    java.vm.version = ${vm}`,
    '',
    `openjdk version "${spec}"`,
  ].join('\n');
}

/** A machine with the given java executables and their versions. */
function host(javas: Record<string, string | Error>, env: Record<string, string>, settingHome?: string): JavaHost & { ran: string[] } {
  const ran: string[] = [];
  return {
    ran,
    settingHome,
    env,
    platform: 'linux',
    isFile: (file) => file in javas,
    showSettings: async (exe) => {
      ran.push(exe);
      const v = javas[exe];
      if (v instanceof Error) {
        throw v;
      }
      return v;
    },
  };
}

test('reads the properties java prints', () => {
  const props = parseProperties(settings('21', '21.0.5+11-LTS', '/opt/jdk-21'));
  assert.deepEqual(props, { specificationVersion: '21', vmVersion: '21.0.5+11-LTS', vmVendor: 'Eclipse Adoptium', home: '/opt/jdk-21' });
  assert.equal(parseProperties('Error: could not create the Java Virtual Machine.'), undefined);
});

test('major versions of old and new numbering', () => {
  assert.equal(majorVersion('1.8'), 8);
  assert.equal(majorVersion('17'), 17);
  assert.equal(majorVersion('25'), 25);
  assert.ok(Number.isNaN(majorVersion('x')));
});

test('candidates: the setting, then JAVA_HOME, then every PATH entry, without duplicates', () => {
  const list = candidates(host({}, { JAVA_HOME: '/jh', PATH: ['/usr/bin', '', '/jh/bin', '/bin'].join(path.delimiter) }, '/set'));
  assert.deepEqual(list, [
    { executable: '/set/bin/java', source: 'setting' },
    { executable: '/jh/bin/java', source: 'JAVA_HOME' },
    { executable: '/usr/bin/java', source: 'PATH' },
    { executable: '/bin/java', source: 'PATH' },
  ]);
});

test('the setting wins over JAVA_HOME and PATH', async () => {
  const h = host({ '/set/bin/java': settings('21'), '/jh/bin/java': settings('17'), '/usr/bin/java': settings('17') },
    { JAVA_HOME: '/jh', PATH: '/usr/bin' }, '/set');
  const found = await findJava(h);
  assert.ok(isRuntime(found));
  assert.equal(found.executable, '/set/bin/java');
  assert.equal(found.source, 'setting');
  assert.equal(found.major, 21);
  assert.deepEqual(h.ran, ['/set/bin/java']);
});

test('JAVA_HOME before PATH; an old JAVA_HOME falls through to the PATH', async () => {
  const found = await findJava(host({ '/jh/bin/java': settings('1.8'), '/usr/bin/java': settings('17') }, { JAVA_HOME: '/jh', PATH: '/usr/bin' }));
  assert.ok(isRuntime(found));
  assert.equal(found.executable, '/usr/bin/java');
  assert.equal(found.source, 'PATH');
});

test('a setting that points at an old Java is an error naming the setting', async () => {
  const found = await findJava(host({ '/set/bin/java': settings('11'), '/usr/bin/java': settings('17') }, { PATH: '/usr/bin' }, '/set'));
  assert.ok(!isRuntime(found));
  assert.match(found.message, /laforge\.java\.home is set to \/set/);
  assert.match(found.message, /is Java 11, older than 17/);
});

test('a setting that points at no Java is an error, not a silent fallback', async () => {
  const found = await findJava(host({ '/usr/bin/java': settings('17') }, { PATH: '/usr/bin' }, '/nowhere'));
  assert.ok(!isRuntime(found));
  assert.match(found.message, /\/nowhere\/bin\/java not found/);
});

test('no Java at all: an actionable message', async () => {
  const found = await findJava(host({}, { PATH: '/usr/bin:/bin' }));
  assert.ok(!isRuntime(found));
  assert.match(found.message, /needs Java 17 or newer/);
  assert.match(found.message, /laforge\.java\.home, JAVA_HOME and the PATH/);
  assert.deepEqual(found.rejected, []);
});

test('only old or broken Javas: the message lists them', async () => {
  const found = await findJava(host({ '/jh/bin/java': settings('11'), '/usr/bin/java': new Error('spawn EACCES'), '/bin/java': 'garbage' },
    { JAVA_HOME: '/jh', PATH: ['/usr/bin', '/bin'].join(path.delimiter) }));
  assert.ok(!isRuntime(found));
  assert.equal(found.rejected.length, 3);
  assert.match(found.message, /\/jh\/bin\/java \(JAVA_HOME\) is Java 11, older than 17/);
  assert.match(found.message, /\/usr\/bin\/java \(PATH\) could not be run \(spawn EACCES\)/);
  assert.match(found.message, /\/bin\/java \(PATH\) did not report its version/);
});

test('Windows looks for java.exe', () => {
  const h = { ...host({}, { JAVA_HOME: 'C:\\jdk' }), platform: 'win32' as NodeJS.Platform };
  assert.equal(candidates(h)[0].executable, path.join('C:\\jdk', 'bin', 'java.exe'));
});
