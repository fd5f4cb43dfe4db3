// A Jumio-shaped initiate sent to a URL that only exists in the environment is not proven legacy: the file stays
// byte-identical (fixture initiate-enrollment/env-url-through-variable) and the run reports it — also when the
// environment value reaches the call through a local variable and a template literal (fergmac/oneid-evaluation).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { transformText } from '../../../codemods/engine/run-on-text.js';
import { createProjectView } from '../../../codemods/engine/project-view.js';
import { rules } from '../../../codemods/rules/index.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const DIR = join(ROOT, 'codemods/rules/initiate-enrollment/__testfixtures__');
const run = (name: string, text: string) =>
  transformText({ path: name, absPath: join(DIR, name), text, rules, project: createProjectView(DIR) });
const ENV = /a Jumio initiate URL comes from the environment/;

describe('env-only initiate URL', () => {
  it('through a variable and a template literal: reported, file untouched', () => {
    const name = 'env-url-through-variable.input.js';
    const text = readFileSync(join(DIR, name), 'utf8');
    const r = run(name, text);
    expect(r.output).toBe(text);
    expect(r.manual.map((m) => m.message).join('\n')).toMatch(ENV);
  });

  it('a URL variable that does not come from the environment is not reported', () => {
    const text = [
      "import config from './config.js';",
      'export async function start(req) {',
      '  const url = config.jumioInitiateUrl;',
      "  return fetch(`${url}`, { method: 'POST', body: JSON.stringify({ customerInternalReference: 'x', userReference: req.user }) });",
      '}',
    ].join('\n');
    const r = run('start.js', text);
    expect(r.output).toBe(text);
    expect(r.manual.map((m) => m.message).join('\n')).not.toMatch(ENV);
  });

  it('a variable with a default (a local shim, or the legacy host) is not an env-only URL', () => {
    const text = [
      "const JUMIO_URL = process.env.JUMIO_URL ?? 'http://127.0.0.1:8787/api/v4/initiate';",
      'export async function start(req) {',
      "  return fetch(`${JUMIO_URL}`, { method: 'POST', body: JSON.stringify({ customerInternalReference: 'x', userReference: req.user }) });",
      '}',
    ].join('\n');
    expect(run('start.js', text).manual.map((m) => m.message).join('\n')).not.toMatch(ENV);
  });
});
