// Where the KYX helper goes and how the migrated file imports it: the file's language and module system, the
// package.json "type" and the tsconfig module resolution decide the extension and the import specifier.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { transformText } from '../../../codemods/engine/run-on-text.js';
import { createProjectView } from '../../../codemods/engine/project-view.js';
import { findRule } from '../../../codemods/rules/index.js';

const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

const TS_CALL = `export async function f(ref: string) {
  const r = await fetch('https://netverify.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    headers: { Authorization: 'Basic abc' },
    body: JSON.stringify({ enrollmentTransactionReference: ref }),
  });
  return (await r.json()).redirectUrl as string;
}
`;
const ESM_JS = `import fetch from 'node-fetch';\n${TS_CALL.replace('(ref: string)', '(ref)').replace(' as string', '')}`;
const CJS_JS = `const fetch = require('node-fetch');\nasync function f(ref) {\n${TS_CALL.split('\n').slice(1, -3).join('\n')}\n  return (await r.json()).redirectUrl;\n}\nmodule.exports = { f };\n`;

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'kyx-place-'));
  roots.push(root);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  return root;
}

function migrate(root: string, rel: string, text: string) {
  const r = transformText({ path: rel, absPath: join(root, rel), text, rules: [findRule('initiate-authentication')!], project: createProjectView(root) });
  expect(r.error).toBeUndefined();
  const importLine = r.output.split('\n').find((l) => l.includes('kyx-auth'));
  return { importLine, helper: r.newFiles[0]?.absPath.slice(root.length + 1), helperText: r.newFiles[0]?.text ?? '' };
}

describe('helper module placement and import specifier', () => {
  it('TS with NodeNext resolution: ./kyx-auth.js', () => {
    const root = project({ 'tsconfig.json': '{ "compilerOptions": { "module": "NodeNext", /* c */ "strict": true, } }', 'package.json': '{"type":"module"}' });
    const r = migrate(root, 'src/jumio.ts', TS_CALL);
    expect(r.importLine).toBe("import { kyxAccessToken, resolveKyxAccount } from './kyx-auth.js';");
    expect(r.helper).toBe('src/kyx-auth.ts');
    expect(r.helperText).toContain('export async function resolveKyxAccount(enrollmentReference: string | null | undefined): Promise<KyxAccount>');
  });

  it('TS with bundler resolution: extensionless', () => {
    const root = project({ 'tsconfig.json': '{ "compilerOptions": { "module": "esnext", "moduleResolution": "bundler" } }' });
    expect(migrate(root, 'src/jumio.ts', TS_CALL).importLine).toBe("import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';");
  });

  it('TS follows the extension style of its own relative imports', () => {
    const root = project({});
    const r = migrate(root, 'svc.ts', `import { x } from './util.js';\nvoid x;\n${TS_CALL}`);
    expect(r.importLine).toBe("import { kyxAccessToken, resolveKyxAccount } from './kyx-auth.js';");
  });

  it('ESM JavaScript in a "type": "module" package: kyx-auth.js with the extension', () => {
    const root = project({ 'package.json': '{"type":"module"}' });
    const r = migrate(root, 'lib/jumio.js', ESM_JS);
    expect(r.importLine).toBe("import { kyxAccessToken, resolveKyxAccount } from './kyx-auth.js';");
    expect(r.helper).toBe('lib/kyx-auth.js');
    expect(r.helperText).toContain('export async function kyxAccessToken');
    expect(r.helperText).not.toContain('module.exports');
  });

  it('CommonJS JavaScript: require without extension, helper exports with module.exports', () => {
    const root = project({ 'package.json': '{"name":"x"}' });
    const r = migrate(root, 'lib/jumio.js', CJS_JS);
    expect(r.importLine).toBe("const { kyxAccessToken, resolveKyxAccount } = require('./kyx-auth');");
    expect(r.helper).toBe('lib/kyx-auth.js');
    expect(r.helperText).toContain('module.exports = { kyxAccessToken, resolveKyxAccount, setKyxAccountResolver };');
    expect(r.helperText).not.toMatch(/^export /m);
  });

  it('CommonJS file in a "type": "module" package gets a .cjs helper', () => {
    const root = project({ 'package.json': '{"type":"module"}' });
    const r = migrate(root, 'lib/jumio.cjs', CJS_JS);
    expect(r.importLine).toBe("const { kyxAccessToken, resolveKyxAccount } = require('./kyx-auth.cjs');");
    expect(r.helper).toBe('lib/kyx-auth.cjs');
  });

  it('reuses a helper that already exists higher up', () => {
    const root = project({ 'package.json': '{"type":"module"}', 'src/kyx-auth.js': '// customer-implemented\n' });
    const r = migrate(root, 'src/routes/jumio.js', ESM_JS);
    expect(r.importLine).toBe("import { kyxAccessToken, resolveKyxAccount } from '../kyx-auth.js';");
    expect(r.helper).toBe('src/kyx-auth.js');
  });
});
