// Compiled output (spec real-world-legacy-code §2.9/§2.10) is regenerated from its source: no rule touches it, not
// even with a marker (transformText runs no rule on it). Discovery already skips dist/, build/ and *.min.js; this
// catches compiled files elsewhere by content: tsc/babel CommonJS, bundler signatures, minified code.

/** tsc/babel CommonJS output: its sourcemap comment, the __esModule marker, tsc's `axios_1.default.post(` imports. */
const TSC_RE = /^\/\/# sourceMappingURL=|Object\.defineProperty\(exports, ["']__esModule["']|\b\w+_\d+\.default\.(post|get|request)\(/m;

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
  return TSC_RE.test(text) || BUNDLE_RE.test(text) || hasMinifiedLine(text);
}
