// A hold-out corpus directory run through a set of rules in process, as the CLI runs them (rooted at the repository
// top, whose tsconfig.json is NodeNext: import specifiers end in .js); each input's result is computed once.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformText, type TransformTextResult } from '../../codemods/engine/run-on-text.js';
import { createProjectView } from '../../codemods/engine/project-view.js';
import type { Rule } from '../../codemods/engine/types.js';

export function holdoutRunner(dir: string, rules: readonly Rule[], root: string) {
  const inputs = readdirSync(dir).filter((f) => /\.input\.[a-z]+$/.test(f)).sort();
  const caseOf = (f: string): string => f.replace(/\.input\.[a-z]+$/, '');
  const run = (file: string, text: string): TransformTextResult =>
    transformText({ path: file, absPath: join(dir, file), text, rules, project: createProjectView(root) });
  const results = new Map<string, TransformTextResult>();
  const resultOf = (file: string): TransformTextResult => {
    let r = results.get(file);
    if (!r) results.set(file, (r = run(file, readFileSync(join(dir, file), 'utf8'))));
    return r;
  };
  return { inputs, caseOf, run, resultOf };
}
