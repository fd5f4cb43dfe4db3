// Legacy URL constants and Basic credentials that only fed the rewritten call are removed — but a module that does
// something when loaded (dotenv…) keeps being loaded, and anything still used elsewhere stays.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { transformText } from '../../../codemods/engine/run-on-text.js';
import { createProjectView } from '../../../codemods/engine/project-view.js';
import { findRule } from '../../../codemods/rules/index.js';

const root = mkdtempSync(join(tmpdir(), 'nvm-unused-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function run(file: string, text: string): string {
  const r = transformText({ path: file, absPath: join(root, file), text, rules: [findRule('initiate-authentication')!], project: createProjectView(root) });
  expect(r.error).toBeUndefined();
  return r.output;
}

const CALL = `async function go(ref) {
  const res = await request.post({ uri: URL, json: true, body: { enrollmentTransactionReference: ref }, auth: AUTH });
  return res;
}
module.exports = { go };
`;

it('keeps loading a module with load-time effects, drops one that only declares', () => {
  writeFileSync(join(root, 'loud.js'), "require('dotenv').config();\nmodule.exports = { URL: 'https://netverify.com/api/authentication/v1/web/initiate', AUTH: { user: 'a', pass: 'b' } };\n");
  writeFileSync(join(root, 'quiet.js'), "const HOST = 'https://netverify.com';\nmodule.exports = { URL: HOST + '/api/authentication/v1/web/initiate', AUTH: { user: 'a', pass: 'b' } };\n");
  const head = "const request = require('request-promise');\n";
  const loud = run('a.js', `${head}const { URL, AUTH } = require('./loud');\n${CALL}`);
  expect(loud).toContain("require('./loud');\n");
  expect(loud).not.toContain('const { URL, AUTH }');
  const quiet = run('b.js', `${head}const { URL, AUTH } = require('./quiet');\n${CALL}`);
  expect(quiet).not.toContain('./quiet');
});

it('keeps a constant that another function still uses', () => {
  writeFileSync(join(root, 'c.js'), '');
  const out = run('c.js', `const request = require('request-promise');
const URL = 'https://netverify.com/api/authentication/v1/web/initiate';
const AUTH = { user: 'a', pass: 'b' };
${CALL}function describe() {
  return URL;
}
`);
  expect(out).toContain("const URL = 'https://netverify.com/api/authentication/v1/web/initiate';");
  expect(out).not.toContain('const AUTH');
});
