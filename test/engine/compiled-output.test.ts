// Compiled or bundled output is regenerated from its source: the engine runs no rule on it, not even for a
// marker — for every rule, not only the ones that used to check for it themselves. The same code in a source
// file is migrated (so these tests would fail if the guard went away).
import { describe, expect, it } from 'vitest';
import { transformText } from '../../codemods/engine/run-on-text.js';
import { isCompiledOrBundled } from '../../codemods/engine/compiled-output.js';
import { rules } from '../../codemods/rules/index.js';

const run = (path: string, text: string) => transformText({ path, absPath: `/tmp/compiled-output/${path}`, text, rules });

const HANDLER_AND_RETRIEVAL = `
  window.addEventListener('message', function (event) {
    if (event.origin !== 'https://acme.netverify.com') return;
    var data = JSON.parse(event.data);
    if (data.payload.value === 'success') window.location.href = '/done?ref=' + data.transactionReference;
  });
  fetch('https://netverify.com/api/netverify/v2/authentications/' + ref, { headers: { Authorization: 'Basic ' + btoa(a + ':' + b) } });
`;

const CASES: Record<string, string> = {
  'webpack bundle': `(function (modules) { function __webpack_require__(id) { return modules[id](); } __webpack_require__(0); })([\nfunction () {${HANDLER_AND_RETRIEVAL}}\n]);\n`,
  'esbuild bundle': `var __commonJS = (cb, mod) => function () { return mod || (0, cb[Object.keys(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports; };\nvar require_app = __commonJS({ 'app.js'() {${HANDLER_AND_RETRIEVAL}} });\n`,
  'tsc CommonJS output': `"use strict";\nObject.defineProperty(exports, "__esModule", { value: true });\nconst axios_1 = require("axios");\nasync function start(ref) {\n  const res = await axios_1.default.post('https://netverify.com/api/authentication/v1/web/initiate', { enrollmentTransactionReference: ref }, { auth: { username: 'u', password: 'p' } });\n  return res.data.redirectUrl;\n}\nexports.start = start;\n//# sourceMappingURL=start.js.map\n`,
  'minified code': `!function(){${'var a=1;if(a){a++};'.repeat(60)}${HANDLER_AND_RETRIEVAL.replace(/\n\s*/g, '')}}();\n`,
};

describe('compiled or bundled output is never touched', () => {
  for (const [name, text] of Object.entries(CASES)) {
    it(`${name}: unchanged, no manual item, no note`, () => {
      expect(isCompiledOrBundled(text)).toBe(true);
      const r = run('public/js/app.js', text);
      expect(r.error).toBeUndefined();
      expect(r.output).toBe(text);
      expect([...r.edits, ...r.manual, ...r.notes]).toEqual([]);
    });
  }

  it('the same code in a source file is migrated (the rules do act on it)', () => {
    const source = `export function wire(ref, a, b) {${HANDLER_AND_RETRIEVAL}}\n`;
    expect(isCompiledOrBundled(source)).toBe(false);
    const r = run('src/app.js', source);
    expect(r.changed).toBe(true);
    expect(r.output).toContain('data.workflowExecutionId');
    expect(r.manual.map((m) => m.rule)).toContain('retrieval-authentication');
  });
});
