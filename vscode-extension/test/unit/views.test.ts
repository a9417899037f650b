import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { MigrationDiff, renderMigrationDiff, riskClass, validateMigrationDiff } from '../../src/migrationDiff';
import { renderPreviewResult } from '../../src/policyPreview';

/** A response of laforge/migrationDiff in the agreed shape. */
const DIFF: MigrationDiff = {
  baseline: 'snapshot',
  snapshot: '/work/blog/.laforge/schema.json',
  summary: { changes: 3, destructive: 1, dataDependent: 1, text: 'migration: 3 changes, 1 destructive' },
  operations: [
    {
      kind: 'DropColumn', target: 'posts', description: 'drop column posts.legacy', risk: 'destructive',
      findings: [{ code: 'LF401', risk: 'destructive', message: 'dropping <legacy> loses its data' }],
      sql: { postgres: ['ALTER TABLE "posts" DROP COLUMN "legacy";'], mysql: ['ALTER TABLE `posts` DROP COLUMN `legacy`;'], sqlite: [] },
    },
    {
      kind: 'AddColumn', target: 'posts', description: 'add column posts.legacy_text', risk: 'safe', findings: [],
      sql: { postgres: ['ALTER TABLE "posts" ADD COLUMN "legacy_text" text;'] },
    },
    {
      kind: 'AlterColumnType', target: 'tags', description: 'change tags.name to varchar(40)', risk: 'data-dependent', findings: [],
      sql: { postgres: ['ALTER TABLE "tags" ALTER COLUMN "name" TYPE varchar(40);'] },
    },
  ],
  hints: [{ table: 'posts', dropped: 'legacy', added: 'legacy_text', message: 'if this is a rename, add renamedFrom("legacy")' }],
};

test('a canned migration diff is accepted and rendered with its badges, SQL and hints', () => {
  assert.equal(validateMigrationDiff(DIFF), undefined);
  const html = renderMigrationDiff(DIFF, 'postgres');
  assert.match(html, /Compared with the snapshot <code>\/work\/blog\/\.laforge\/schema\.json<\/code>/);
  assert.match(html, /<strong>migration: 3 changes, 1 destructive<\/strong>/);
  assert.match(html, /<span class="badge risk-destructive">destructive<\/span>DropColumn <code>posts<\/code>/);
  assert.match(html, /<span class="badge risk-safe">safe<\/span>AddColumn/);
  assert.match(html, /<span class="badge risk-data-dependent">data-dependent<\/span>AlterColumnType/);
  assert.match(html, /<span class="badge risk-destructive">LF401<\/span>dropping &lt;legacy&gt; loses its data/);
  assert.match(html, /ALTER TABLE &quot;posts&quot; DROP COLUMN &quot;legacy&quot;;/);
  assert.match(html, /<code>legacy<\/code> → <code>legacy_text<\/code>/);
  assert.match(html, /<a href="#" data-dialect="mysql">mysql<\/a>/);
});

test('the dialect picks the SQL; an operation without SQL for it says so', () => {
  const html = renderMigrationDiff(DIFF, 'sqlite');
  assert.doesNotMatch(html, /ALTER TABLE/);
  assert.equal(html.match(/No SQL for sqlite/g)?.length, 3);
});

test('no snapshot and no changes', () => {
  const html = renderMigrationDiff({ ...DIFF, baseline: 'none', snapshot: null, operations: [], hints: [] }, 'postgres');
  assert.match(html, /No snapshot yet/);
  assert.match(html, /No changes/);
});

test('answers that are not a migration diff are refused', () => {
  assert.equal(validateMigrationDiff(null), 'the server answered no migration diff');
  assert.equal(validateMigrationDiff({ summary: {}, operations: [] }), 'the answer has no baseline');
  assert.equal(validateMigrationDiff({ baseline: 'none', operations: [] }), 'the answer has no summary');
  assert.equal(validateMigrationDiff({ baseline: 'none', summary: { text: '' } }), 'the answer has no list of operations');
});

test('unknown risks get a neutral badge, never an injected class', () => {
  assert.equal(riskClass('locking'), 'risk-locking');
  assert.equal(riskClass('x" onclick="y'), 'risk-unknown');
});

test('a policy preview shows the verdict, the deciding clause, every clause and the SQL, escaped', () => {
  const html = renderPreviewResult({
    model: 'Post', action: 'read', policy: 'Post.read', verdict: 'deny',
    decidingClause: { text: 'tenant guard: record.tenantId != user.tenantId' },
    clauses: [{ text: 'tenant guard: record.tenantId == user.tenantId', outcome: 'false' }],
    sql: { postgres: { alias: 'r', predicate: '"r"."tenant_id" = CAST(? AS uuid)', binds: ['<t>'] } },
    rls: 'CREATE POLICY "laforge_posts_read" ON "posts"',
  });
  assert.match(html, /<span class="badge deny">deny<\/span> Post\.read/);
  assert.match(html, /Decided by: <code id="deciding">tenant guard: record\.tenantId != user\.tenantId<\/code>/);
  assert.match(html, /<td class="outcome-false">false<\/td>/);
  assert.match(html, /&quot;r&quot;\.&quot;tenant_id&quot; = CAST\(\? AS uuid\)/);
  assert.match(html, /binds: \[&quot;&lt;t&gt;&quot;\]/);
  assert.match(html, /PostgreSQL row-level security/);
});
