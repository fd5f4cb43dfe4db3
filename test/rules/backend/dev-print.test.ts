// Dev aid (skipped unless FIXTURE is set; WRITE=1 writes .output files for hand review): FIXTURE=<rule>/<case>.input.<ext> npx vitest run test/rules/backend/dev-print.test.ts prints the output.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { it } from 'vitest';
import { transformText } from '../../../codemods/engine/run-on-text.js';
import { createProjectView } from '../../../codemods/engine/project-view.js';
import { findRule } from '../../../codemods/rules/index.js';

it.runIf(!!process.env.FIXTURE)('prints', () => {
  for (const f of process.env.FIXTURE!.split(',')) {
    const [rule, name] = f.startsWith('/') ? [process.env.RULE!, f.split('/').pop()!] : f.split('/');
    const abs = f.startsWith('/') ? f : resolve(import.meta.dirname, '../../../codemods/rules', rule!, '__testfixtures__', name!);
    const r = transformText({ path: name!, absPath: abs, text: readFileSync(abs, 'utf8'), rules: [findRule(rule!)!], project: createProjectView(dirname(abs)) });
    if (process.env.WRITE && r.changed) writeFileSync(abs.replace('.input.', '.output.'), r.output);
    console.log(`===== ${f}\n${r.output}\n--- error: ${r.error}\n--- manual: ${JSON.stringify(r.manual, null, 1)}\n--- new: ${r.newFiles.map((n) => n.absPath).join(',')}\n--- external: ${JSON.stringify(r.external.map((e) => ({ p: e.absPath, edits: e.edits })))}`);
  }
});
