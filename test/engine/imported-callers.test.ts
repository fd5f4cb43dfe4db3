// A legacy response a module's exported function returns is followed into the run's files that import it
// (analysis/imported-callers.ts, engine/importers.ts): the route's reads of r.redirectUrl move with the service's
// migration, as edits of the route, and the service is no longer flagged "leaves here whole" when every importer
// was followed. Real runs of the codemod over project trees on disk (in process); the CLI test is beside this one.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeChanges } from '../../codemods/engine/apply.js';
import { INITIATE, INITIATE_CJS, ROUTE, WHOLE, cleanup, project, run } from './imported-callers-setup.js';

afterAll(cleanup);


describe('initiate: the response an exported function returns is followed into the files importing it', () => {
  it('ESM named import without extension: property reads move in the route; the service is not flagged', async () => {
    const root = project({ 'package.json': '{}', 'services/jumio.ts': INITIATE, 'routes/verify.ts': ROUTE('../services/jumio') });
    const { r, of, out } = await run(root);
    expect(out('routes/verify.ts')).toContain('res.json({ url: r.web.href, ref: r.workflowExecution.id });');
    expect(out('services/jumio.ts')).toContain('axios.put(');
    expect(out('services/jumio.ts')).not.toContain(WHOLE);
    expect(of('services/jumio.ts')!.coupled).toEqual([join(root, 'routes/verify.ts')]);
    writeChanges(r.outcomes, { allowDirty: true, root, inGit: false });
    expect(readFileSync(join(root, 'routes/verify.ts'), 'utf8')).toContain('r.web.href');
    const again = await run(root);
    expect(again.r.outcomes.filter((o) => o.status === 'changed')).toEqual([]);
  });

  it('an alias, a .js specifier for a .ts module, destructuring, and the value sent whole (flagged in the route)', async () => {
    const route = `import { startJumio as start } from '../services/jumio.js';

export async function a(req: any, res: any) {
  const { redirectUrl, transactionReference: id } = await start(req.params.ref);
  res.redirect(redirectUrl + id);
}

export async function b(req: any, res: any) {
  const out = await start(req.params.ref);
  res.json(out);
}
`;
    const { out } = await run(project({ 'services/jumio.ts': INITIATE, 'routes/verify.ts': route }));
    const o = out('routes/verify.ts');
    expect(o).toContain('const { web: { href: redirectUrl }, workflowExecution: { id } } = await start(req.params.ref);');
    expect(o).toMatch(new RegExp(`// TODO\\(netverify-migrate\\): initiate-authentication: ${WHOLE}[^\\n]*\\n  res\\.json\\(out\\);`));
    expect(out('services/jumio.ts')).not.toContain(WHOLE);
  });

  it('CommonJS: module.exports = { f } with a destructured require, and exports.f = function with a module object', async () => {
    const exportsForm = INITIATE_CJS.replace('async function startJumio(ref)', 'exports.startJumio = async function (ref)').replace('\nmodule.exports = { startJumio };\n', '');
    const root = project({
      'a/jumio.js': INITIATE_CJS,
      'a/route.js': "const { startJumio } = require('./jumio');\n\nexports.go = async (ref) => (await startJumio(ref)).redirectUrl;\n",
      'b/jumio.js': exportsForm,
      'b/route.js': "const svc = require('./jumio.js');\n\nexports.go = async (ref) => {\n  const r = await svc.startJumio(ref);\n  return r.transactionReference;\n};\n",
    });
    const { out } = await run(root);
    expect(out('a/route.js')).toContain('(await startJumio(ref)).web.href;');
    expect(out('b/route.js')).toContain('return r.workflowExecution.id;');
    for (const f of ['a/jumio.js', 'b/jumio.js']) {
      expect(out(f)).toContain('axios.put(');
      expect(out(f)).not.toContain(WHOLE);
    }
    // The routes return a field read (a string), not the response: nothing leaves whole there.
    expect(out('a/route.js')).not.toContain(WHOLE);
  });

  it('functions in an exported object: module.exports = { start: async () => … } and export default { async start() … }', async () => {
    const body = INITIATE_CJS.match(/\{\n  const \{ data \}[\s\S]*?\n\}/)![0];
    const root = project({
      'a/jumio.js': `const axios = require('axios');\n\nmodule.exports = {\n  start: async (ref) => ${body.replace(/\n/g, '\n  ')},\n};\n`,
      'a/route.js': "const svc = require('./jumio');\n\nexports.go = async (ref) => (await svc.start(ref)).redirectUrl;\n",
      'b/jumio.mjs': `import axios from 'axios';\n\nexport default {\n  async start(ref) ${body.replace(/\n/g, '\n  ')},\n  async link(ref) {\n    return (await this.start(ref)).redirectUrl;\n  },\n};\n`,
      'b/route.mjs': "import jumio from './jumio.mjs';\n\nexport const go = async (ref) => (await jumio.start(ref)).transactionReference;\n",
    });
    const { out } = await run(root);
    expect(out('a/route.js')).toContain('(await svc.start(ref)).web.href;');
    expect(out('b/route.mjs')).toContain('(await jumio.start(ref)).workflowExecution.id;');
    expect(out('b/jumio.mjs')).toContain('return (await this.start(ref)).web.href;');
    for (const f of ['a/jumio.js', 'b/jumio.mjs']) {
      expect(out(f)).toContain('axios.put(');
      expect(out(f)).not.toContain(WHOLE);
    }
    // Called in its own file through the export object: not followed there, so the item stays.
    writeFileSync(join(root, 'a/jumio.js'), readFileSync(join(root, 'a/jumio.js'), 'utf8') + 'exports.link = async (ref) => (await module.exports.start(ref)).redirectUrl;\n');
    expect((await run(root)).out('a/jumio.js')).toContain(WHOLE);
  });

  it('an index file imported by its directory, and a default export', async () => {
    const root = project({
      'services/jumio/index.ts': INITIATE,
      'routes/one.ts': ROUTE('../services/jumio'),
      'lib/start.ts': INITIATE.replace('export async function startJumio', 'export default async function startJumio'),
      'routes/two.ts': ROUTE('../lib/start', "import begin from '../lib/start';", 'begin'),
    });
    const { out } = await run(root);
    expect(out('routes/one.ts')).toContain('r.web.href, ref: r.workflowExecution.id');
    expect(out('routes/two.ts')).toContain('r.web.href, ref: r.workflowExecution.id');
    expect(out('services/jumio/index.ts')).not.toContain(WHOLE);
    expect(out('lib/start.ts')).not.toContain(WHOLE);
  });

  it('a namespace import; a type query, a type-only import and a shadowing parameter are not uses', async () => {
    const route = `import * as jumio from '../services/jumio';
import type { startJumio as S } from '../services/jumio';

type Started = Awaited<ReturnType<typeof jumio.startJumio>>;

export async function verify(ref: string, other: (r: string) => Promise<{ redirectUrl: string }>) {
  const r = await jumio.startJumio(ref);
  const keep = ((startJumio: typeof other) => startJumio(ref))(other);
  return [r.redirectUrl, (await keep).redirectUrl] as const;
}
`;
    const { out } = await run(project({ 'services/jumio.ts': INITIATE, 'routes/verify.ts': route }));
    const o = out('routes/verify.ts');
    expect(o).toContain('return [r.web.href, (await keep).redirectUrl] as const;');
    expect(out('services/jumio.ts')).not.toContain(WHOLE);
  });

  it('barrels: export { f as g } from, export * from and export * as ns from are followed to their importers', async () => {
    const arrow = INITIATE.replace('export async function startJumio(ref: string) {', 'export const startJumio = async (ref: string) => {').replace(/\n}\n$/, '\n};\n');
    const root = project({
      'services/jumio.ts': arrow,
      'services/index.ts': "export { startJumio as begin } from './jumio';\nexport type { Other } from './other';\n",
      'lib/all.ts': "export * from '../services/jumio';\n",
      'routes/one.ts': ROUTE('../services', "import { begin } from '../services';", 'begin'),
      'routes/two.ts': ROUTE('../lib/all'),
    });
    const { out } = await run(root);
    expect(out('services/jumio.ts')).toContain('axios.put(');
    expect(out('routes/one.ts')).toContain('r.web.href, ref: r.workflowExecution.id');
    expect(out('routes/two.ts')).toContain('r.web.href, ref: r.workflowExecution.id');
    expect(out('services/jumio.ts')).not.toContain(WHOLE);
    // `export * as jumio`: its importers reach the function as `jumio.startJumio` (named import) or `all.jumio.startJumio`.
    writeFileSync(join(root, 'lib/ns.ts'), "export * as jumio from '../services/jumio';\nexport * as other from './other';\n");
    writeFileSync(join(root, 'routes/three.ts'), ROUTE('../lib/ns', "import { jumio as j } from '../lib/ns';", 'j.startJumio'));
    writeFileSync(join(root, 'routes/four.ts'), ROUTE('../lib/ns', "import * as all from '../lib/ns';", 'all.jumio.startJumio'));
    writeFileSync(join(root, 'routes/five.ts'), "import * as all from '../lib/all';\nexport const go = async (ref: string) => (await all.startJumio(ref)).redirectUrl;\n");
    const again = await run(root);
    expect(again.out('routes/two.ts')).toContain('r.web.href');
    for (const f of ['routes/three.ts', 'routes/four.ts']) expect(again.out(f), f).toContain('r.web.href, ref: r.workflowExecution.id');
    expect(again.out('routes/five.ts')).toContain('(await all.startJumio(ref)).web.href;');
    expect(again.out('services/jumio.ts')).not.toContain(WHOLE);
    expect(again.of('services/jumio.ts')!.coupled).toHaveLength(5);
    // The namespace object taken whole (passed on, destructured) may call it anywhere: the item stays at the return.
    for (const use of ['export const api = all.jumio;\n', 'const { jumio: { startJumio: s } } = all;\nexport const go = (r: string) => s(r);\n']) {
      writeFileSync(join(root, 'routes/six.ts'), `import * as all from '../lib/ns';\n${use}`);
      expect((await run(root)).out('services/jumio.ts'), use).toContain(WHOLE);
    }
  });

  it('a wrapper that returns the value on is followed into its own importers', async () => {
    const root = project({
      'services/jumio.ts': INITIATE,
      'services/facade.ts': "import { startJumio } from './jumio';\n\nexport async function begin(ref: string) {\n  return startJumio(ref);\n}\n",
      'routes/verify.ts': ROUTE('../services/facade', "import { begin } from '../services/facade';", 'begin'),
    });
    const { out, of } = await run(root);
    expect(out('routes/verify.ts')).toContain('r.web.href, ref: r.workflowExecution.id');
    expect(of('services/facade.ts')!.status).toBe('unchanged');
    expect(out('services/jumio.ts')).not.toContain(WHOLE);
  });

  it('the flag stays at the return where an importer is not followed: a test mock, the function passed on, a Vue template calling it, a file that does not parse', async () => {
    const cases: Record<string, string> = {
      'test/verify.test.ts': "import { startJumio } from '../services/jumio';\njest.mock('../services/jumio');\nit('x', async () => expect((await startJumio('r')).redirectUrl).toBe('u'));\n",
      'routes/passed.ts': "import { startJumio } from '../services/jumio';\nexport const handlers = [startJumio];\n",
      // A component's markup calls it (its scripts are followed, its markup is not).
      'web/Start.vue': "<script setup lang=\"ts\">\nimport { startJumio } from '../services/jumio';\n</script>\n<template><button @click=\"startJumio('r')\">Go</button></template>\n",
      'routes/broken.ts': "import { startJumio } from '../services/jumio';\nexport const x = startJumio('a').then((r) => r.redirectUrl;\n",
    };
    for (const [file, text] of Object.entries(cases)) {
      const root = project({ 'services/jumio.ts': INITIATE, 'routes/verify.ts': ROUTE('../services/jumio'), [file]: text });
      const { out, of } = await run(root);
      expect(out('services/jumio.ts'), file).toContain(WHOLE);
      expect(out('services/jumio.ts'), file).toContain('axios.put(');
      expect(out('routes/verify.ts'), file).toContain('r.web.href'); // the reads that were followed still move
      if (file === 'test/verify.test.ts') expect(out(file)).toContain(".web.href).toBe('u')");
      else expect(of(file)!.status, file).not.toBe('changed');
    }
  });

  it('a run over part of the repository does not know every importer: it edits none outside its paths and keeps the flag', async () => {
    const root = project({ 'services/jumio.ts': INITIATE, 'routes/verify.ts': ROUTE('../services/jumio') });
    const { out, of } = await run(root, ['services']);
    expect(out('services/jumio.ts')).toContain(WHOLE);
    expect(of('routes/verify.ts')).toBeUndefined();
    const both = await run(root, ['services', 'routes']);
    expect(both.out('routes/verify.ts')).toContain('r.web.href');
    expect(both.out('services/jumio.ts')).toContain(WHOLE); // two paths are not the whole repository
  });

  it('a workspace package imported by its name elsewhere in the monorepo keeps the flag (names are not resolved here)', async () => {
    const root = project({
      'package.json': '{ "private": true, "workspaces": ["packages/*"] }',
      'packages/jumio/package.json': '{ "name": "@acme/jumio", "main": "dist/index.js" }',
      'packages/jumio/src/jumio.ts': INITIATE,
      'packages/jumio/src/route.ts': ROUTE('./jumio'),
      'packages/web/src/use.ts': "import { startJumio } from '@acme/jumio/src/jumio';\nexport const go = async () => (await startJumio('r')).redirectUrl;\n",
    });
    const { out } = await run(root);
    expect(out('packages/jumio/src/route.ts')).toContain('r.web.href');
    expect(out('packages/jumio/src/jumio.ts')).toContain(WHOLE);
    writeFileSync(join(root, 'packages/web/src/use.ts'), 'export const go = 1;\n');
    expect((await run(root)).out('packages/jumio/src/jumio.ts')).not.toContain(WHOLE);
    // A package.json "imports" alias is not resolved here either: importers unknown.
    writeFileSync(join(root, 'packages/jumio/src/alias.ts'), "import { startJumio } from '#src/jumio';\nexport const go = async () => (await startJumio('r')).redirectUrl;\n");
    expect((await run(root)).out('packages/jumio/src/jumio.ts')).toContain(WHOLE);
  });

  it('a tsconfig paths alias of one segment that names another file name (@jumio → services/jumio-client.ts)', async () => {
    const root = project({
      'tsconfig.json': '{ "compilerOptions": { "baseUrl": ".", "paths": { "@jumio": ["services/jumio-client.ts"] } } }',
      'services/jumio-client.ts': INITIATE,
      'routes/verify.ts': ROUTE('@jumio'),
    });
    const { out } = await run(root);
    expect(out('routes/verify.ts')).toContain('r.web.href, ref: r.workflowExecution.id');
    expect(out('services/jumio-client.ts')).not.toContain(WHOLE);
  });

  it('a module that is its package entry point keeps the flag (code outside the repository may call it)', async () => {
    const root = project({ 'package.json': '{ "main": "services/jumio.ts" }', 'services/jumio.ts': INITIATE, 'routes/verify.ts': ROUTE('../services/jumio') });
    const { out } = await run(root);
    expect(out('routes/verify.ts')).toContain('r.web.href');
    expect(out('services/jumio.ts')).toContain(WHOLE);
  });
});

describe('retrieval: the details an exported function returns are followed into the files importing it', () => {
  const RETRIEVAL = `const axios = require('axios');

async function fetchResult(ref) {
  const { data } = await axios.get(\`https://netverify.com/api/netverify/v2/authentications/\${ref}\`, {
    auth: { username: process.env.JUMIO_TOKEN, password: process.env.JUMIO_SECRET },
  });
  return data;
}

module.exports = { fetchResult };
`;
  it('an index module required whole and imported by default: reads move, fields without a KYX equivalent are flagged there', async () => {
    const root = project({
      'services/jumio/index.js': RETRIEVAL,
      'routes/result.js': "const jumio = require('../services/jumio');\n\nmodule.exports = async (req, res) => {\n  const details = await jumio.fetchResult(req.params.ref);\n  res.json({ user: details.userReference, ok: details.transactionResult === 'PASSED' });\n};\n",
      'routes/esm.mjs': "import svc from '../services/jumio/index.js';\n\nexport default async function (req, res) {\n  const { transactionReference } = await svc.fetchResult(req.params.ref);\n  res.send(transactionReference);\n}\n",
    });
    const { out } = await run(root);
    const result = out('routes/result.js');
    expect(result).toContain('user: details.workflow.userReference');
    expect(result).toMatch(/\/\/ TODO\(netverify-migrate\): retrieval-authentication: transactionResult is not in the KYX workflow details/);
    expect(out('routes/esm.mjs')).toContain('const { workflow: { id: transactionReference } } = await svc.fetchResult(req.params.ref);');
    expect(out('services/jumio/index.js')).not.toContain('leave here whole');
    expect(out('services/jumio/index.js')).toContain('retrieval.');
  });
});
