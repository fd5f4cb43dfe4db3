// The run-level reverse-import index (codemods/engine/importers.ts): which of the run's files import a module, by
// any quoted specifier that resolves to it, and whether that list can be all of them.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createProjectView } from '../../codemods/engine/project-view.js';

const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

function view(files: Record<string, string>, wholeRepository = true) {
  const root = mkdtempSync(join(tmpdir(), 'nvm-index-'));
  roots.push(root);
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, p)), { recursive: true });
    writeFileSync(join(root, p), text);
  }
  const v = createProjectView(root, { files: Object.keys(files).map((p) => join(root, p)).sort(), wholeRepository });
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
});
