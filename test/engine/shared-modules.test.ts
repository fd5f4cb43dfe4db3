// One KYX helper per package (codemods/engine/shared-modules.ts): legacy calls in sibling directories used to get a
// helper each — two token caches, two resolveKyxAccount seams to implement. Real runs of the codemod over project
// trees on disk; --write, then a rerun that must change nothing.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeChanges } from '../../codemods/engine/apply.js';
import { runCodemod } from '../../codemods/engine/runner.js';

const initiate = (fn: string) => `import axios from 'axios';

export async function ${fn}(ref) {
  const { data } = await axios.post('https://netverify.com/api/authentication/v1/web/initiate', { enrollmentTransactionReference: ref }, {
    auth: { username: process.env.JUMIO_TOKEN, password: process.env.JUMIO_SECRET },
  });
  return data.redirectUrl;
}
`;
const retrieval = `import axios from 'axios';

export async function result(ref) {
  const { data } = await axios.get(\`https://netverify.com/api/netverify/v2/authentications/\${ref}\`, {
    auth: { username: process.env.JUMIO_TOKEN, password: process.env.JUMIO_SECRET },
  });
  return data.userReference;
}
`;

const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'nvm-shared-'));
  roots.push(root);
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, p)), { recursive: true });
    writeFileSync(join(root, p), text);
  }
  return root;
}

async function run(root: string, workers = 1) {
  const r = await runCodemod({ cwd: root, paths: ['.'], workers });
  const created = r.outcomes.filter((o) => o.created).map((o) => o.path).sort();
  const out = (p: string) => r.outcomes.find((o) => o.path === p)?.output ?? '';
  return { r, created, out };
}

describe('identical new modules of one package become one, in the common directory', () => {
  it('two sibling directories share one helper; every import points to it; a rerun after --write changes nothing', async () => {
    const root = project({ 'package.json': '{ "type": "module" }', 'src/auth/start.js': initiate('start'), 'src/admin/face.js': initiate('face') });
    const { r, created, out } = await run(root);
    expect(created).toEqual(['src/kyx-auth.js']);
    expect(out('src/auth/start.js')).toContain("from '../kyx-auth.js';");
    expect(out('src/admin/face.js')).toContain("from '../kyx-auth.js';");
    expect(out('src/auth/start.js')).not.toContain("'./kyx-auth.js'");
    writeChanges(r.outcomes, { allowDirty: true, root, inGit: false });
    expect(readFileSync(join(root, 'src/kyx-auth.js'), 'utf8')).toContain('export async function kyxAccessToken');
    const again = await run(root);
    expect(again.r.outcomes.filter((o) => o.status === 'changed')).toEqual([]);
  });

  it('the retrieval seam moves with the files that import it; extensionless specifiers stay extensionless', async () => {
    const root = project({ 'package.json': '{}', 'tsconfig.json': '{ "compilerOptions": { "moduleResolution": "bundler" } }',
      'src/a/start.ts': initiate('start'), 'src/jobs/poll.ts': retrieval, 'src/jobs/report/poll2.ts': retrieval.replace('result', 'result2') });
    const { created, out } = await run(root);
    expect(created).toEqual(['src/jobs/kyx-workflow-account.ts', 'src/kyx-auth.ts']);
    expect(out('src/a/start.ts')).toContain("from '../kyx-auth';");
    expect(out('src/jobs/poll.ts')).toContain("from '../kyx-auth';");
    expect(out('src/jobs/poll.ts')).toContain("from './kyx-workflow-account';");
    expect(out('src/jobs/report/poll2.ts')).toContain("from '../kyx-workflow-account';");
  });

  it('without any package.json the run root bounds the package', async () => {
    const { created, out } = await run(project({ 'a/b/start.ts': initiate('start'), 'a/c/face.ts': initiate('face') }));
    expect(created).toEqual(['a/kyx-auth.ts']);
    expect(out('a/c/face.ts')).toContain("from '../kyx-auth';");
  });

  it('the same with worker threads', async () => {
    const files: Record<string, string> = { 'package.json': '{ "type": "module" }' };
    for (let i = 0; i < 20; i++) files[`src/m${i}/start.js`] = initiate(`start${i}`);
    const { created, out } = await run(project(files), 2);
    expect(created).toEqual(['src/kyx-auth.js']);
    expect(out('src/m7/start.js')).toContain("from '../kyx-auth.js';");
  });
});

describe('left as planned', () => {
  it('each package of a monorepo keeps its own helper', async () => {
    const root = project({ 'package.json': '{ "workspaces": ["apps/*"] }', 'apps/web/package.json': '{ "type": "module" }', 'apps/api/package.json': '{ "type": "module" }',
      'apps/web/src/start.js': initiate('start'), 'apps/api/src/face.js': initiate('face') });
    expect((await run(root)).created).toEqual(['apps/api/src/kyx-auth.js', 'apps/web/src/kyx-auth.js']);
  });
  it('each TypeScript project (tsconfig.json) keeps its own, even under one package.json', async () => {
    const root = project({ 'package.json': '{}', 'server/tsconfig.json': '{ "compilerOptions": { "rootDir": "src" } }', 'worker/tsconfig.json': '{}',
      'server/src/start.ts': initiate('start'), 'worker/src/face.ts': initiate('face') });
    expect((await run(root)).created).toEqual(['server/src/kyx-auth.ts', 'worker/src/kyx-auth.ts']);
  });
  it('a helper one of the files already finds stays where it is', async () => {
    const root = project({ 'package.json': '{ "type": "module" }', 'src/auth/start.js': initiate('start'), 'src/auth/kyx-auth.js': 'export {};\n',
      'src/admin/face.js': initiate('face') });
    const { created, out } = await run(root);
    expect(created).toEqual(['src/admin/kyx-auth.js']);
    expect(out('src/auth/start.js')).toContain("from './kyx-auth.js';");
  });
  it('modules that differ (a TypeScript and a JavaScript helper) are not merged', async () => {
    const root = project({ 'package.json': '{ "type": "module" }', 'src/a/start.ts': initiate('start'), 'src/b/face.js': initiate('face') });
    expect((await run(root)).created).toEqual(['src/a/kyx-auth.ts', 'src/b/kyx-auth.js']);
  });
});
