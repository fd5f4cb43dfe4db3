// Where the KYX helper (and the retrieval seam) is written when the migrated file sits in a directory whose every
// module the framework turns into a route or a deployed function (codemods/analysis/helper-home.ts): real project
// trees on disk, the initiate rule run through transformText as the CLI runs it, and the written file's path and
// the import the migrated file gets are checked. Anywhere else the helper stays beside the file.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createProjectView } from '../../../codemods/engine/project-view.js';
import { transformText } from '../../../codemods/engine/run-on-text.js';
import { rules } from '../../../codemods/rules/index.js';

const LEGACY = `export default async function handler(req: any, res: any) {
  const r = await fetch('https://netverify.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    headers: { Authorization: 'Basic ' + Buffer.from(\`\${process.env.JUMIO_TOKEN}:\${process.env.JUMIO_SECRET}\`).toString('base64'), 'Content-Type': 'application/json' },
    body: JSON.stringify({ enrollmentTransactionReference: req.body.ref }),
  });
  const data = await r.json();
  res.json({ url: data.redirectUrl });
}
`;

const RETRIEVAL = `export async function GET({ params }: { params: { ref: string } }) {
  const r = await fetch(\`https://netverify.com/api/netverify/v2/authentications/\${params.ref}\`, {
    headers: { Authorization: 'Basic ' + Buffer.from(\`\${process.env.JUMIO_TOKEN}:\${process.env.JUMIO_SECRET}\`).toString('base64') },
  });
  return new Response(JSON.stringify({ result: (await r.json()).userReference }));
}
`;

const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

/** A project with `files` (path → text; a package.json given as an object), the legacy file at `file`; returns the
 * written modules (relative paths) and the migrated file's helper import. */
function migrate(files: Record<string, string | object>, file: string, text = LEGACY) {
  const root = mkdtempSync(join(tmpdir(), 'nvm-helper-home-'));
  roots.push(root);
  for (const [p, body] of Object.entries({ ...files, [file]: text })) {
    mkdirSync(dirname(join(root, p)), { recursive: true });
    writeFileSync(join(root, p), typeof body === 'string' ? body : JSON.stringify(body));
  }
  const r = transformText({ path: file, absPath: join(root, file), text, rules, project: createProjectView(root) });
  expect(r.error).toBeUndefined();
  expect(r.changed).toBe(true);
  const written = r.newFiles.map((f) => relative(root, f.absPath).split('\\').join('/')).sort();
  const imports = [...r.output.matchAll(/from '([^']*kyx-[^']*)'/g)].map((m) => m[1]);
  return { written, imports };
}

const pkg = (deps: Record<string, string>, extra: object = {}) => ({ name: 'app', private: true, ...extra, dependencies: deps });

describe('a file in a routed tree gets its helper in the framework place for shared server code', () => {
  it('Next.js pages router: pages/api → lib/', () => {
    const m = migrate({ 'package.json': pkg({ next: '14.2.0' }) }, 'pages/api/verify.ts');
    expect(m.written).toEqual(['lib/kyx-auth.ts']);
    expect(m.imports).toEqual(['../../lib/kyx-auth']);
  });
  it('Next.js with src/pages → src/lib/; a monorepo app is its own project', () => {
    expect(migrate({ 'package.json': pkg({ next: '14.2.0' }) }, 'src/pages/api/kyc/start.ts').written).toEqual(['src/lib/kyx-auth.ts']);
    const m = migrate({ 'package.json': pkg({}), 'apps/web/package.json': pkg({ next: '15.0.0' }) }, 'apps/web/pages/api/verify.ts');
    expect(m.written).toEqual(['apps/web/lib/kyx-auth.ts']);
  });
  it('Nuxt / Nitro: server/api → server/utils/, imported without an extension even in an ESM package', () => {
    const m = migrate({ 'package.json': pkg({ nuxt: '3.13.0' }, { type: 'module' }), 'tsconfig.json': '{ "extends": "./.nuxt/tsconfig.json" }' },
      'server/api/face/start.post.ts');
    expect(m.written).toEqual(['server/utils/kyx-auth.ts']);
    expect(m.imports).toEqual(['../../utils/kyx-auth']);
    expect(migrate({ 'package.json': pkg({ nitropack: '2.9.0' }) }, 'server/routes/kyc.post.ts').written).toEqual(['server/utils/kyx-auth.ts']);
  });
  it('the retrieval seam goes with the helper', () => {
    const m = migrate({ 'package.json': pkg({ nuxt: '3.13.0' }) }, 'server/api/face/[ref].get.ts', RETRIEVAL);
    expect(m.written).toEqual(['server/utils/kyx-auth.ts', 'server/utils/kyx-workflow-account.ts']);
    expect(m.imports).toEqual(['../../utils/kyx-auth', '../../utils/kyx-workflow-account']);
  });
  it('Netlify functions → netlify/lib/ (the directory names say it)', () => {
    expect(migrate({ 'package.json': pkg({}) }, 'netlify/functions/verify.ts').written).toEqual(['netlify/lib/kyx-auth.ts']);
  });
  it("Vercel: a project's api/ → lib/ (with @vercel/node, or a vercel.json)", () => {
    expect(migrate({ 'package.json': pkg({ '@vercel/node': '3.0.0' }) }, 'api/verify.ts').written).toEqual(['lib/kyx-auth.ts']);
    expect(migrate({ 'package.json': pkg({}), 'vercel.json': '{}' }, 'api/verify.ts').written).toEqual(['lib/kyx-auth.ts']);
  });
  it('SvelteKit: src/routes → src/lib/server/ (never bundled for the browser)', () => {
    const m = migrate({ 'package.json': pkg({ '@sveltejs/kit': '2.5.0' }) }, 'src/routes/api/kyc/+server.ts', RETRIEVAL);
    expect(m.written).toEqual(['src/lib/server/kyx-auth.ts', 'src/lib/server/kyx-workflow-account.ts']);
  });
  it('Astro: src/pages → src/lib/; Remix: app/routes → app/lib/', () => {
    expect(migrate({ 'package.json': pkg({ astro: '4.0.0' }) }, 'src/pages/api/verify.ts').written).toEqual(['src/lib/kyx-auth.ts']);
    expect(migrate({ 'package.json': pkg({ '@remix-run/node': '2.9.0' }) }, 'app/routes/api.verify.ts').written).toEqual(['app/lib/kyx-auth.ts']);
  });
  it('Expo Router: app/ (screens and +api.ts routes) → lib/, src/app → src/lib/ (found on a public Expo app)', () => {
    const m = migrate({ 'package.json': pkg({ expo: '51.0.0', 'expo-router': '3.5.0' }) }, 'app/api/kyc+api.ts');
    expect(m.written).toEqual(['lib/kyx-auth.ts']);
    expect(m.imports).toEqual(['../../lib/kyx-auth']);
    expect(migrate({ 'package.json': pkg({ 'expo-router': '3.5.0' }) }, 'src/app/verify+api.ts').written).toEqual(['src/lib/kyx-auth.ts']);
  });
  it('a helper already in the home is used (the engine writes a planned module only when it is absent)', () => {
    const m = migrate({ 'package.json': pkg({ next: '14.2.0' }), 'lib/kyx-auth.js': 'export {};\n' }, 'pages/api/verify.ts');
    expect(m.written).toEqual(['lib/kyx-auth.js']);
    expect(m.imports).toEqual(['../../lib/kyx-auth']);
  });
});

describe('anywhere else the helper stays beside the file', () => {
  it('the same directory names without the framework (Express server/api, pages/ of a non-Next app)', () => {
    expect(migrate({ 'package.json': pkg({ express: '4.19.0' }) }, 'server/api/jumio.ts').written).toEqual(['server/api/kyx-auth.ts']);
    expect(migrate({ 'package.json': pkg({ express: '4.19.0' }) }, 'pages/api/verify.ts').written).toEqual(['pages/api/kyx-auth.ts']);
  });
  it("an api/ that is not at the project's root, and a Next.js app's own app/ router", () => {
    expect(migrate({ 'package.json': pkg({ '@vercel/node': '3.0.0' }) }, 'src/api/verify.ts').written).toEqual(['src/api/kyx-auth.ts']);
    expect(migrate({ 'package.json': pkg({ next: '14.2.0' }) }, 'app/api/verify/route.ts').written).toEqual(['app/api/verify/kyx-auth.ts']);
  });
});
