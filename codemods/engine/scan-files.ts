// Discover, read and prefilter: everything the run does before it needs the compiler. Plain data in and out, so
// the runner can do it in a worker thread while the main thread loads the rules (scan-worker.ts), or in process.
import { discover, type DiscoveredFile, type Discovery } from './discover.js';
import { isUnparsedTemplateName, kindOf } from './file-kinds.js';
import { otherLanguageOf } from './other-languages.js';
import { prefilterOf, type PrefilterSpec } from './prefilter.js';
import { decodeSource, readSourceBytes } from './read-file.js';

export interface ScanInput {
  cwd: string;
  paths: readonly string[];
  root: string;
  ignore?: readonly string[];
  spec: PrefilterSpec;
}

export interface ScanResult {
  /** Source files found (templates excluded): the run's progress total. */
  total: number;
  /** Named or found but not readable as a source file (symlinks, binary, not UTF-8, over 5 MB …). */
  skipped: Discovery['skipped'];
  /** Page templates in a language no rule parses: not read here, listed for the caller. */
  templates: DiscoveredFile[];
  /** Source files in languages the codemod does not rewrite (other-languages.ts): not read here, listed for the caller. */
  others: DiscoveredFile[];
  /** Read, and no rule wants them. */
  unchanged: DiscoveredFile[];
  /** Read, and some rule wants them: with their text, in discovery order. */
  candidates: (DiscoveredFile & { text: string })[];
}

export function scanFiles(input: ScanInput): ScanResult {
  // Page templates no rule parses are found in the same walk (unparsed-templates.ts reports their legacy URLs).
  const found = discover({ cwd: input.cwd, paths: input.paths, root: input.root, ignore: input.ignore,
    accept: (n) => kindOf(n) !== undefined || isUnparsedTemplateName(n) || otherLanguageOf(n) !== undefined });
  const templates = found.files.filter((f) => kindOf(f.path) === undefined && isUnparsedTemplateName(f.path));
  const others = found.files.filter((f) => kindOf(f.path) === undefined && !isUnparsedTemplateName(f.path) && otherLanguageOf(f.path) !== undefined);
  const files = templates.length + others.length > 0 ? found.files.filter((f) => kindOf(f.path) !== undefined) : found.files;
  const result: ScanResult = { total: files.length, skipped: [...found.skipped], templates, others, unchanged: [], candidates: [] };
  const wanted = prefilterOf(input.spec);
  for (const f of files) {
    const read = readSourceBytes(f.absPath);
    if (!read.ok) result.skipped.push({ ...f, reason: read.reason });
    else if (!wanted(kindOf(f.path)!, read.bytes)) result.unchanged.push(f);
    else {
      const decoded = decodeSource(read.bytes);
      if (decoded.ok) result.candidates.push({ ...f, text: decoded.text });
      else result.skipped.push({ ...f, reason: decoded.reason });
    }
  }
  return result;
}
