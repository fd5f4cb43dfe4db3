// The run-level reverse-import index (codemods/engine/importers.ts): which of the run's files import a module, by
// any quoted specifier that resolves to it, and whether that list can be all of them.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createProjectView } from '../../codemods/engine/project-view.js';

const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

function view(files: Record<string, string>, wholeRepository = true, unread: string[] = []) {
  const root = mkdtempSync(join(tmpdir(), 'nvm-index-'));
  roots.push(root);
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, p)), { recursive: true });
    writeFileSync(join(root, p), text);
  }
  const read = Object.keys(files).filter((p) => !unread.includes(p));
  const v = createProjectView(root, { files: read.map((p) => join(root, p)).sort(), wholeRepository, unread: unread.map((p) => join(root, p)) });
  return { importers: (p: string) => { const s = v.importersOf!(join(root, p)); return { ...s, files: s.files.map((f) => f.slice(root.length + 1)) }; } };
}

describe('importersOf', () => {
  it('finds every specifier form resolving to the module, and only those', () => {
    const { importers } = view({
      'svc/jumio/index.ts': 'export const a = 1;\n',
      'svc/jumio/sibling.ts': "import { a } from '.';\n",
      'svc/jumio/self.ts': "import { a } from './index.js';\n",
      'routes/a.ts': "import { a } from '../svc/jumio';\n",
      'routes/b.js': "const { a } = require('../svc/jumio/index');\n",
      'routes/c.ts': "jest.mock('../svc/jumio/');\n",
      'routes/d.ts': "import { a } from '../svc/other/jumio';\nconst s = 'jumio';\n",
      'routes/e.vue': "<script setup>\nimport { a } from '../svc/jumio';\n</script>\n",
    });
    expect(importers('svc/jumio/index.ts')).toEqual({
      files: ['routes/a.ts', 'routes/b.js', 'routes/c.ts', 'routes/e.vue', 'svc/jumio/self.ts', 'svc/jumio/sibling.ts'], complete: true,
    });
  });

  it('is not complete for a run over part of the repository, or when a specifier ending in the name resolves nowhere', () => {
    expect(view({ 'a.ts': 'export {};\n', 'b.ts': "import './a';\n" }, false).importers('a.ts')).toEqual({ files: ['b.ts'], complete: false });
    expect(view({ 'lib/a.ts': 'export {};\n', 'b.ts': "import x from '#lib/a';\n" }).importers('lib/a.ts').complete).toBe(false);
  });

  it('is not complete when a SvelteKit $lib specifier may name the module (a quoted $ that starts no substitution)', () => {
    const files = { 'src/lib/server/jumio.ts': 'export {};\n', 'src/routes/+page.server.ts': "import { s } from '$lib/server/jumio';\n" };
    expect(view(files).importers('src/lib/server/jumio.ts')).toEqual({ files: [], complete: false });
    // A template literal's substitution is still no specifier.
    expect(view({ 'jumio.ts': 'export {};\n', 'b.ts': 'const u = `${base}/jumio`;\n' }).importers('jumio.ts').complete).toBe(true);
  });

  it('is not complete when a file the run does not read as code (an Astro page, a symlink…) imports the module', () => {
    const files = {
      'src/lib/jumio.ts': 'export {};\n',
      'src/pages/api.ts': "import { s } from '../lib/jumio';\n",
      'src/pages/verify.astro': "---\nimport { s } from '../lib/jumio';\n---\n",
    };
    expect(view(files, true, ['src/pages/verify.astro']).importers('src/lib/jumio.ts')).toEqual({ files: ['src/pages/api.ts'], complete: false });
    // One that imports something else changes nothing.
    const other = { ...files, 'src/pages/verify.astro': "---\nimport { s } from '../lib/other';\n---\n" };
    expect(view(other, true, ['src/pages/verify.astro']).importers('src/lib/jumio.ts')).toEqual({ files: ['src/pages/api.ts'], complete: true });
  });

  it("is not complete for the source of a package's built entry point (main: dist/index.js, types: lib/types/index.d.ts → src/index.ts)", () => {
    for (const pkg of ['{ "main": "dist/index.js" }', '{ "types": "./lib/types/index.d.ts" }', '{ "exports": { ".": { "import": "./dist/esm/index.mjs" } } }']) {
      const files = { 'package.json': pkg, 'src/index.ts': "export * from './jumio';\n", 'src/jumio.ts': 'export {};\n', 'src/cli.ts': "import './jumio';\n" };
      expect(view(files).importers('src/index.ts').complete, pkg).toBe(false);
      expect(view(files).importers('src/jumio.ts').complete, pkg).toBe(true); // only the entry itself
    }
    // An app whose built main is its server bootstrap: its other modules are followed as before.
    const app = { 'package.json': '{ "main": "dist/main.js" }', 'src/main.ts': "import './jumio';\n", 'src/jumio.ts': 'export {};\n' };
    expect(view(app).importers('src/jumio.ts')).toEqual({ files: ['src/main.ts'], complete: true });
  });

  it('a route path or URL ending in the name is no alias; a Vite root path naming the module is', () => {
    const base = { 'src/services/jumio.ts': 'export {};\n', 'src/routes/kyc.ts': "import { s } from '../services/jumio';\n" };
    const other = "app.use('/kyc/jumio', router);\nfetch('https://status.example.com/jumio');\n";
    expect(view({ ...base, 'src/app.ts': other }).importers('src/services/jumio.ts')).toEqual({ files: ['src/routes/kyc.ts'], complete: true });
    const vite = "import { s } from '/src/services/jumio';\n";
    expect(view({ ...base, 'src/main.ts': vite }).importers('src/services/jumio.ts').complete).toBe(false);
  });

  it('is not complete when a bare one-segment import may be a baseUrl import of the module (from \'jumio\' for src/jumio.ts)', () => {
    const base = { 'tsconfig.json': '{ "compilerOptions": { "baseUrl": "src" } }', 'src/jumio.ts': 'export {};\n', 'src/routes/a.ts': "import { s } from '../jumio';\n" };
    expect(view({ ...base, 'src/routes/b.ts': "import { s } from 'jumio';\n" }).importers('src/jumio.ts').complete).toBe(false);
    expect(view({ ...base, 'src/routes/b.js': "const { s } = require('jumio');\n" }).importers('src/jumio.ts').complete).toBe(false);
    // A plain string of the name is no import.
    expect(view({ ...base, 'src/routes/b.ts': "export const provider = 'jumio';\n" }).importers('src/jumio.ts').complete).toBe(true);
  });
});
