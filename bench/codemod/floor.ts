// The floor under any TypeScript-based rewrite of the benchmark repository with our prefilter, measured as its own
// process: start Node, discover, read and prefilter every file with the engine's own functions (in the worker thread
// the runner uses, overlapping with loading the rules and the TypeScript compiler, as a real run does), then parse
// each file that passed the prefilter ONCE with the compiler's parser. No rules, no re-parse after edits, no diff,
// no report. Whatever the rules cost comes on top of this.
import { startEarlyScan } from '../../codemods/engine/early-scan.js';
import { scanFiles } from '../../codemods/engine/scan-files.js';
import { prefilterSpec } from '../../codemods/engine/prefilter.js';

const cwd = process.cwd();
const input = { cwd, paths: [], root: cwd };
const early = startEarlyScan(input);
const [{ ts }, { loadAllRules }, { extensionOf, flavourOfExtension, kindOf }] = await Promise.all([
  import('#ts-morph'), import('../../codemods/engine/load-rules.js'), import('../../codemods/engine/file-kinds.js'),
]);
const spec = prefilterSpec(await loadAllRules());
const fromWorker = await early?.result(spec);
const scanned = fromWorker ?? scanFiles({ ...input, spec });
let parsed = 0;
for (const f of scanned.candidates) {
  const flavour = kindOf(f.path) === 'script' ? flavourOfExtension(extensionOf(f.path)) : undefined;
  if (!flavour) continue;
  ts.createSourceFile(f.absPath, f.text, ts.ScriptTarget.ESNext, true, flavour.scriptKind);
  parsed++;
}
process.stdout.write(`${parsed} files parsed (${fromWorker ? 'scanned in a worker thread' : 'scanned in process'})\n`);
