// Compiled output (spec real-world-legacy-code §2.9/§2.10, issue 4 item 5) is regenerated from its source and never
// touched — not even with a marker. Discovery already skips dist/, build/ and *.min.js; this catches compiled files
// elsewhere by content. The tsc/babel CommonJS test is the initiate rules' (`isCompiledOutput`, reused); this adds
// the bundler signatures and minified code that it does not look for.
// TODO(lead): fold these checks into codemods/analysis/initiate-rule.ts's isCompiledOutput so every rule shares one.
import { isCompiledOutput } from '../../analysis/initiate-rule.js';

// webpack (runtime and chunk globals), esbuild (module helpers), Parcel, Babel's interop helper, a sourcemap comment.
// None of these identifiers is written by hand in application source.
const BUNDLE_RE =
  /\b__webpack_require__\b|\b__webpack_modules__\b|\bwebpackChunk\w*|\b__toESM\(|\b__commonJS\(|\bparcelRequire\w*|\b_interopRequireDefault\(|^\/[/*][#@] sourceMappingURL=/m;

/** A minified line: longer than 1,000 characters and dense with statement/block punctuation (a long string or
 * data: URI in real source has almost none). */
const MIN_LINE = 1000;
function hasMinifiedLine(text: string): boolean {
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end - start > MIN_LINE) {
      let punct = 0;
      for (let i = start; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c === 59 /* ; */ || c === 123 /* { */ || c === 125 /* } */) punct++;
      }
      if (punct >= 30) return true;
    }
    start = end + 1;
  }
  return false;
}

export function isCompiledOrBundled(text: string): boolean {
  return isCompiledOutput(text) || BUNDLE_RE.test(text) || hasMinifiedLine(text);
}
