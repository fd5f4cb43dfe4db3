// The floor under any TypeScript-based rewrite of the benchmark repository with our prefilter, measured as its own
// process: start Node, discover, read and prefilter every file with the engine's own functions (which loads the
// rules and the TypeScript compiler), then parse each file that passed the prefilter ONCE with the compiler's
// parser. No rules, no re-parse after edits, no diff, no report. Whatever the rules cost comes on top of this.
import { ts } from '#ts-morph';
import { discover } from '../../codemods/engine/discover.js';
import { extensionOf, flavourOfExtension, kindOf } from '../../codemods/engine/file-kinds.js';
import { loadAllRules } from '../../codemods/engine/load-rules.js';
import { readSourceFile } from '../../codemods/engine/read-file.js';
import { prefilterFor } from '../../codemods/engine/runner.js';

const cwd = process.cwd();
const wanted = prefilterFor(await loadAllRules());
let parsed = 0;
for (const f of discover({ cwd, paths: [], root: cwd, accept: (n) => kindOf(n) !== undefined }).files) {
  const kind = kindOf(f.path)!;
  const read = readSourceFile(f.absPath);
  if (!read.ok || !wanted(kind, read.text)) continue;
  const flavour = kind === 'script' ? flavourOfExtension(extensionOf(f.path)) : undefined;
  if (!flavour) continue;
  ts.createSourceFile(f.absPath, read.text, ts.ScriptTarget.ESNext, true, flavour.scriptKind);
  parsed++;
}
process.stdout.write(`${parsed} files parsed\n`);
