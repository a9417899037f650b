import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  ActiveEditor, isError, migrationTarget, modelAt, parseDialect, parsePreviewInput, policyAt, policyTarget, sqlTarget, uriOf,
} from '../../src/args';

const URI = 'file:///work/blog/domain.forge';
const TEXT = [
  'roles { admin }',
  'model Post {',
  '  id: uuid pk',
  '  author: belongsTo(User)',
  '}',
  'policy Post.read {',
  '  record.published',
  '}',
  'model ^index {',
  '  id: uuid pk',
  '}',
].join('\n');

function editor(line: number, character = 2, languageId = 'forge', uri = URI): ActiveEditor {
  return { uri, languageId, text: TEXT, line, character };
}

test('dialect names as the server reads them', () => {
  assert.equal(parseDialect('postgres'), 'postgres');
  assert.equal(parseDialect(' MySQL '), 'mysql');
  assert.equal(parseDialect('mariadb'), 'mysql');
  assert.equal(parseDialect('postgresql'), 'postgres');
  assert.equal(parseDialect('oracle'), undefined);
  assert.equal(parseDialect(''), undefined);
  assert.equal(parseDialect(3), undefined);
});

test('URIs from strings and from vscode.Uri-like objects', () => {
  assert.equal(uriOf(URI), URI);
  assert.equal(uriOf({ scheme: 'file', toString: () => URI }), URI);
  assert.equal(uriOf(42), undefined);
  assert.equal(uriOf(null), undefined);
});

test('the model and the policy around the cursor', () => {
  assert.equal(modelAt(TEXT, 3), 'Post');
  assert.equal(modelAt(TEXT, 0), undefined);
  assert.equal(modelAt(TEXT, 6), undefined);
  assert.equal(modelAt(TEXT, 9), 'index', 'an escaped keyword name loses its ^');
  assert.equal(modelAt(TEXT, 99), 'index');
  assert.equal(policyAt(TEXT, 6), 'Post.read');
  assert.equal(policyAt(TEXT, 3), undefined);
});

test('Show Generated SQL from a code lens: [uri, model]', () => {
  assert.deepEqual(sqlTarget([URI, 'Post'], undefined), { uri: URI, model: 'Post' });
  assert.deepEqual(sqlTarget([URI, 'Post', 'mariadb'], undefined), { uri: URI, model: 'Post', dialect: 'mysql' });
});

test('Show Generated SQL from the context menu or palette: the model under the cursor, else every file', () => {
  const uriObject = { scheme: 'file', toString: () => URI };
  assert.deepEqual(sqlTarget([uriObject], editor(2)), { uri: URI, model: 'Post' });
  assert.deepEqual(sqlTarget([], editor(2)), { uri: URI, model: 'Post' });
  assert.deepEqual(sqlTarget([], editor(0)), { uri: URI });
  assert.deepEqual(sqlTarget([URI], editor(2, 0, 'forge', 'file:///other.forge')), { uri: URI }, 'the cursor of another file says nothing');
});

test('Show Generated SQL refuses arguments that name nothing', () => {
  assert.match(errorOf(sqlTarget([], undefined)), /Open a \.forge file/);
  assert.match(errorOf(sqlTarget([], editor(2, 0, 'markdown'))), /Open a \.forge file/);
  assert.match(errorOf(sqlTarget([42], undefined)), /first argument must be the URI/);
  assert.match(errorOf(sqlTarget(['file:///a.txt'], undefined)), /works on \.forge files/);
  assert.match(errorOf(sqlTarget([URI, 'Post; DROP TABLE x'], undefined)), /the model must be a name/);
  assert.match(errorOf(sqlTarget([URI, 'Post', 'oracle'], undefined)), /unknown dialect "oracle"/);
});

test('Preview Policy: a name from the code lens, else the cursor position', () => {
  assert.deepEqual(policyTarget([URI, 'Post.read'], undefined), { uri: URI, policy: 'Post.read' });
  assert.deepEqual(policyTarget([URI, 'Post'], undefined), { uri: URI, policy: 'Post' });
  assert.deepEqual(policyTarget([], editor(6, 4)), { uri: URI, policy: { line: 6, character: 4 } });
  assert.match(errorOf(policyTarget([URI, 'Post.publish'], undefined)), /Model\.action/);
  assert.match(errorOf(policyTarget([URI], undefined)), /place the cursor inside a policy/);
});

test('Show Migration Diff and Generate Now take any .forge file', () => {
  assert.deepEqual(migrationTarget([URI], undefined), { uri: URI });
  assert.deepEqual(migrationTarget([], editor(0)), { uri: URI });
  assert.match(errorOf(migrationTarget([], undefined)), /Open a \.forge file/);
});

test('policy preview inputs: JSON objects, empty for none', () => {
  assert.deepEqual(parsePreviewInput('', ''), { user: null, record: {} });
  assert.deepEqual(parsePreviewInput('{"roles":["admin"]}', '{"published":true}'),
    { user: { roles: ['admin'] }, record: { published: true } });
  assert.match(errorOf(parsePreviewInput('{roles:', '')), /The user is not valid JSON/);
  assert.match(errorOf(parsePreviewInput('', '[1]')), /The record must be a JSON object/);
});

function errorOf(value: unknown): string {
  assert.ok(isError(value), `expected an error, got ${JSON.stringify(value)}`);
  return value.error;
}
