import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { it } from 'vitest';
import { transformText } from '../../../codemods/engine/run-on-text.js';
import { createProjectView } from '../../../codemods/engine/project-view.js';

it('scratch', async () => {
  const [ruleMod, ruleName] = (process.env.RULE ?? '').split('#');
  const mod = await import(ruleMod!);
  const rule = mod[ruleName!];
  for (const file of (process.env.FX ?? '').split(',').filter(Boolean)) {
    const r = transformText({ path: basename(file), absPath: file, text: readFileSync(file, 'utf8'), rules: [rule], project: createProjectView(dirname(file)) });
    let out = `===== ${basename(file)}\n${r.output}\n` + JSON.stringify({ error: r.error, edits: r.edits.length, manual: r.manual, newFiles: r.newFiles.map((f) => f.absPath), external: r.external }, null, 1) + '\n';
    if (process.env.WRITE && r.output !== readFileSync(file, 'utf8')) writeFileSync(file.replace('.input.', '.output.'), r.output);
    if (process.env.SHOW_NEW) for (const f of r.newFiles) out += f.text;
    writeFileSync('/tmp/scratch-out.txt', out, { flag: 'a' });
  }
});
