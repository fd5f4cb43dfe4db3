// A load by a computed name makes unknown the importers of only the modules it may load (engine/computed-loads.ts):
// the fixed start of its specifier is read through a `const` and path.join(__dirname, …), and a specifier ending in a
// data file's extension loads no code. A value nothing fixes (a parameter, process.argv) may still be any module.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createProjectView } from '../../codemods/engine/project-view.js';

const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

function complete(files: Record<string, string>): boolean {
  const root = mkdtempSync(join(tmpdir(), 'nvm-computed-'));
  roots.push(root);
  const all = { 'src/services/jumio.ts': 'export const startJumio = async (ref: string) => ({ ref });\n', 'src/routes/verify.ts': "import { startJumio } from '../services/jumio';\n", ...files };
  for (const [p, text] of Object.entries(all)) {
    mkdirSync(dirname(join(root, p)), { recursive: true });
    writeFileSync(join(root, p), text);
  }
  const v = createProjectView(root, { files: Object.keys(all).map((p) => join(root, p)).sort(), wholeRepository: true });
  return v.importersOf!(join(root, 'src/services/jumio.ts')).complete;
}

describe('computed loads', () => {
  it('a load whose fixed part names another directory, or a data file, leaves the service importers known', () => {
    const cases: Record<string, string> = {
      'scripts/run-step.js': "const path = require('path');\nconst STEPS = path.join(__dirname, 'steps');\nmodule.exports = (name) => require(path.join(STEPS, name)).run();\n",
      'scripts/run-plugin.js': "const path = require('path');\nmodule.exports = (name) => require(path.join(__dirname, 'plugins', name));\n",
      'scripts/concat.js': "const DIR = './jobs';\nmodule.exports = (name) => require(DIR + '/' + name);\n",
      'src/i18n.ts': 'export const messages = (lang: string) => import(`./locales/${lang}.json`);\n',
      'src/pkg.js': "const path = require('path');\nmodule.exports = (dir) => require(path.join(dir, 'package.json')).version;\n",
    };
    for (const [file, text] of Object.entries(cases)) expect(complete({ [file]: text }), file).toBe(true);
  });

  it('a load that may reach the service keeps its importers unknown', () => {
    const cases: Record<string, string> = {
      'scripts/any.js': 'module.exports = (p) => require(p);\n',
      'scripts/argv.js': 'const mod = require(process.argv[2]);\nmod.run();\n',
      'scripts/services.js': "const path = require('path');\nmodule.exports = (name) => require(path.join(__dirname, '..', 'src', 'services', name));\n",
      'src/lazy.ts': "const SERVICES = './services/';\nexport const load = (name: string) => import(SERVICES + name);\n",
      'scripts/let.js': "let dir = './jobs';\ndir = process.env.DIR;\nmodule.exports = (name) => require(dir + name);\n",
    };
    for (const [file, text] of Object.entries(cases)) expect(complete({ [file]: text }), file).toBe(false);
  });
});
