// Hold-out regression corpus for the backend initiate rules (test/holdout/backend/). The files were written from
// the real-world catalogue (spec/real-world-legacy-code.md §2–§4) WITHOUT reading the rule implementation, then
// the outputs were judged by hand; the judgements are the assertions below. Every input runs through both initiate
// rules in-process (transformText, as the runner does). Checked for every file: no error, the output parses, a
// second run changes nothing; lookalikes stay byte-identical; the listed rewrites and manual items are present; the
// TypeScript outputs type-check (strict) with the helper module, the support files as the external edits leave
// them, and typed stand-ins for the clients that are not installed.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { syntaxProblems } from '../../codemods/engine/run-on-text.js';
import { findRule } from '../../codemods/rules/index.js';
import { holdoutRunner } from '../support/holdout-runner.js';
import { helperSource } from '../../codemods/analysis/kyx-helper.js';
import { STUBS } from './backend-stubs.js';

const ROOT = resolve(import.meta.dirname, '../..');
const DIR = join(ROOT, 'test/holdout/backend');
const RULES = [findRule('initiate-authentication')!, findRule('initiate-enrollment')!];

interface Expect {
  /** Substrings the output must contain. */
  has?: string[];
  /** Substrings the output must no longer contain. */
  not?: string[];
  /** Manual item messages that must be reported (regex over the messages). */
  manual?: RegExp[];
  /** Manual item messages that must NOT be reported. */
  noManual?: RegExp[];
}

const AUTH_PUT = /accounts\/\$\{kyxAccount\.accountId\}/;
const CREDS = 'workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId';

// Judged expectations per migrated case. Every one also must lose its legacy host and Basic auth.
const MIGRATED: Record<string, Expect> = {
  'auth-api-base-split': { has: ['axios.put(`https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`', 'const { data: { web: { href: redirectUrl } } } = res;'], not: ['authHeader', 'JUMIO_API_BASE'] },
  'auth-axios-instance-baseurl': {
    has: ['jumio.put<JumioAuthInitResponse>(`https://account.amer-1.jumio.ai/api/v1/accounts/', "web: { locale: 'en-GB' }", 'return data.web.href;', 'auth: null'],
    manual: [/axios instance still carries the legacy Basic credentials/],
  },
  'auth-body-conditional': {
    // The spread defaults hold only callbackUrl, which KYX keeps under the same name: nothing left to check.
    has: ["const defaults = { callbackUrl: 'https://api.example.com/jumio/callback' };", '{ ...defaults, customerInternalReference: userReference,', 'if (locale) body.web.locale = locale;', "body.web.successUrl = 'https://app.example.com/done';", 'body.tokenLifetime = `${lifetime}m`;', 'data?.web?.href ?? null'],
    noManual: [/spreads another object/],
  },
  'auth-class-got': { has: ['.put(`https://account.amer-1.jumio.ai/', "web: { locale }, tokenLifetime: '30m'", 'reference: result.workflowExecution.id'], not: ['username: this.token'] },
  'auth-express-forward-whole': { has: ["method: 'PUT'"], manual: [/leaves here whole/] },
  'auth-express-request-cb': { manual: [/made async .* never reaches the request callback/], has: ['req.session.authRef = body.workflowExecution.id;', 'res.redirect(body.web.href);', "require('./kyx-auth.cjs')"], not: ['HTTP_BASIC_AUTHENTICATION'] },
  'auth-fetch-new-url': { has: ['fetch(`https://account.emea-1.jumio.ai/api/v1/accounts/', 'const { web: { href: redirectUrl }, workflowExecution: { id: authRef } } = await response.json();', 'web: {'] },
  'auth-nest-service': { has: ['this.http.put(', 'response.data as { web: { href: string }; workflowExecution: { id: string }; timestamp: string }'] },
  'auth-superagent-then': { has: ['.put(`https://account.amer-1.jumio.ai/', 'res.body.workflowExecution.id', 'return res.body.web.href;'] },
  'auth-undici-request': { has: ["method: 'PUT'", 'const { web: { href: link = \'\' } = {}, workflowExecution: { id: ref = \'unknown\' } = {} } = json;'] },
  'auth-region-map-imported': { has: ["'https://core-sgp.jumio.com': 'https://account.apac-1.jumio.ai'", 'res.data?.web?.href'] },
  'auth-v4-quoted-axios-config': { has: ['"web": {', "method: 'PUT'", 'result.data["web"]["href"]'], not: ['YWJjZGVmOmdoaWprbA=='] },
  'auth-then-chain-destructure': { has: ['.then(({ web: { href: redirectUrl }, workflowExecution: { id: transactionReference } })'] },
  'auth-region-switch-fn': { has: ["'https://lon.netverify.com': 'https://account.emea-1.jumio.ai'", "data['workflowExecution']['id']"] },
  'auth-ternary-template': { has: ["'https://netverify.com': 'https://account.amer-1.jumio.ai'", 'return json.web.href;'] },
  'auth-rp-renamed': { has: ["tokenLifetime: '1d'", '{ iframeUrl: parsed.web.href, verificationTxReference: parsed.workflowExecution.id }'] },
  'auth-stored-whole': { manual: [/leaves here whole/, /"jumioResponse\.transactionReference" queries the stored legacy response/] },
  'enr-fetch-express': {
    has: ["fetch('https://account.amer-1.jumio.ai/api/v1/accounts'", "country: { values: ['USA'] }", 'res.redirect(json.web.href);'],
    not: ['Content-Length', 'presets'],
    manual: [/store account\.id/],
  },
  'enr-axios-instance-relative': {
    has: ["client.post<JumioInitiateResponse>('https://account.emea-1.jumio.ai/api/v1/accounts'", 'workflowDefinition: { key: 2 }', 'auth: null'],
    manual: [/axios instance still carries the legacy Basic credentials/, /leaves here whole/],
  },
  'enr-got-cjs': { has: ["tokenLifetime: '3d'", 'response.body.web.href'], not: ['username:'] },
  'enr-request-positional': { manual: [/made async .* never reaches the request callback/], has: ['onDone(null, body.web.href, body.workflowExecution.id);'], not: ['sendImmediately'] },
  'enr-undici-fetch-cast': { has: ['workflowDefinition: { key: 3 }', 'as { web: { href: string }; workflowExecution: { id: string }; timestamp: string }'] },
  'enr-class-region-map': { has: ["'https://lon.netverify.com': 'https://account.emea-1.jumio.ai'", 'data.workflowExecution.id as string'] },
  'enr-rp-string-body': { has: ['parsed.workflowExecution.id', 'return parsed.web.href;'], manual: [/redirectURL is not a field of the legacy response/] },
  'enr-nest-cast': { not: ['baseUrl'], has: ['web: { ...(successUrl ? { successUrl } : {}) }', 'workflowDefinition: { key: 3 }'] },
  'auth-two-rules-shared': { has: ["axios.post('https://account.amer-1.jumio.ai/api/v1/accounts'", 'workflowDefinition: { key: 3 }', 'axios.put(`https://account.amer-1.jumio.ai/'], not: ['JUMIO_BASE', 'jumioAuth'] },
  'auth-trailing-slash-www': { has: ['request.put(`https://account.amer-1.jumio.ai/', 'web: { successUrl }', 'return body.web.href;'], not: ['pass: process.env'] },
  'auth-headers-var-init': { has: ["Authorization: `Bearer ${await kyxAccessToken('amer-1')}`", "const init = { method: 'PUT', headers", 'ref: json.workflowExecution.id'] },
  'auth-superagent-end': { has: ['cb(null, res.body.web.href);'], not: ['.auth('], manual: [/made async .* never reaches the \.end\(\) handler/] },
  'auth-concat-split': {
    has: ['tokenLifetime: `${Number(lifetime)}m`', "const { data: { web: { href: url = '/fallback' } = {}, workflowExecution: { id: transactionReference } = {} } = {} } = response;"],
    not: ['const HOST', 'const API'],
  },
  // A got.extend() instance with the legacy prefixUrl and credentials (was flagged): the call overrides both in its own
  // options, the instance stays for its other calls (MIGRATION.md, initiate rules: client instances).
  'enr-got-prefix-url': {
    has: ["jumio.post('https://account.amer-1.jumio.ai/api/v1/accounts'", "prefixUrl: '', username: '', password: ''", 'return body.web.href;',
      "prefixUrl: 'https://netverify.com/api/',\n  username: process.env.JUMIO_TOKEN"],
    manual: [/this got\.extend\(\) instance still carries the legacy Basic credentials/, /workflowId 999 has no known KYX key/],
  },
  'enr-got-callable': { has: ["got('https://account.amer-1.jumio.ai/api/v1/accounts'", "country: { values: ['DEU'] }", 'return res.web.href;'] },
  'enr-optional-call-result': { has: ['payload.web.successUrl = ', 'json())?.web?.href;'] },
  'auth-new-url-relative': { has: ['fetch(`https://account.emea-1.jumio.ai/api/v1/accounts/', 'return data.web.href;'], not: ['const BASE'] },
  'auth-let-try-reassign': { has: ['return res.data.web.href;'] },
  'auth-object-method-promise-all': { manual: [/leaves here whole/], has: ['async initiateRaw(user)'] },
  'enr-flags-presets': {
    has: ["country: { values: [country] }", "country: { values: ['USA'] }", 'web: {', "reportingCriteria: 'web-signup'"],
    manual: [/workflowId 999 has no known KYX key/, /needs a customerInternalReference/],
  },
  'auth-axios-config-var': { has: ["method: 'put'", "web: { successUrl }, tokenLifetime: '90m'", 'axios.request<{ web: { href: string }; workflowExecution: { id: string } }>(config)'], manual: [/leaves here whole/] },
  'enr-axios-then-catch': { manual: [/made async .* never reaches the \.catch\(\) handler/], has: ["web: { locale: event.locale }", 'res.data.web.href'] },
};

/** Lookalikes and out-of-scope code: byte-identical. */
const UNTOUCHED = [
  'neg-k8s-tokenreview', 'neg-payment-webhook', 'neg-oauth-web-initiate', 'neg-backblaze', 'neg-jwt-config',
  'neg-sslcommerz-v4', 'neg-mobile-bridge', 'neg-already-kyx', 'neg-compiled-bundle', 'neg-wrong-host',
  'neg-onfido-sibling', 'neg-host-spoof', 'neg-kyx-put', 'neg-new-url-absolute-path', 'neg-nock-mock',
  'neg-own-api-same-path', 'env-only-url',
];

/** Proven legacy calls the codemod must not rewrite but must flag (the code keeps working as before). */
const FLAGGED: Record<string, RegExp> = {
  'auth-string-json-body': /not migrated automatically: the request body is not an object literal/,
  'enr-request-defaults': /not migrated automatically: the call goes through a request\.defaults\(\) instance/,
};

/** Known gaps, judged and left for later: only the generic checks run on them. (None at the moment.) */
const KNOWN_GAPS: string[] = [];

const { inputs, caseOf, run, resultOf } = holdoutRunner(DIR, RULES, ROOT);

it('the corpus is complete: every input is judged, every judgement has an input', () => {
  expect(inputs.length).toBeGreaterThanOrEqual(25);
  const judged = new Set([...Object.keys(MIGRATED), ...Object.keys(FLAGGED), ...UNTOUCHED, ...KNOWN_GAPS]);
  expect(inputs.map(caseOf).filter((c) => !judged.has(c))).toEqual([]);
  expect([...judged].filter((c) => !inputs.some((f) => caseOf(f) === c))).toEqual([]);
});

describe('every file: no error, parses, idempotent, CRLF-stable', () => {
  for (const file of inputs) {
    it(file, () => {
      const r = resultOf(file);
      expect(r.error).toBeUndefined();
      expect(syntaxProblems(file, r.output)).toBeUndefined();
      const again = run(file, r.output);
      expect(again.error).toBeUndefined();
      expect(again.output).toBe(r.output);
      // A CRLF copy of the file gives the CRLF copy of the output.
      const crlf = (t: string) => t.replace(/\r\n/g, '\n').replace(/\n/g, '\r\n');
      expect(run(file, crlf(readFileSync(join(DIR, file), 'utf8'))).output).toBe(crlf(r.output));
    });
  }
});

describe('lookalikes stay byte-identical', () => {
  for (const c of UNTOUCHED) {
    it(c, () => {
      const file = inputs.find((f) => caseOf(f) === c)!;
      const r = resultOf(file);
      expect(r.output).toBe(readFileSync(join(DIR, file), 'utf8'));
      expect(r.edits).toEqual([]);
      expect(r.external).toEqual([]);
    });
  }
  it('env-only URL: reported, no marker', () => {
    const r = resultOf('env-only-url.input.js');
    expect(r.manual.map((m) => m.message).join('\n')).toMatch(/comes from the environment/);
  });
});

describe('flagged, not rewritten: only the marker is added', () => {
  for (const [c, why] of Object.entries(FLAGGED)) {
    it(c, () => {
      const file = inputs.find((f) => caseOf(f) === c)!;
      const r = resultOf(file);
      expect(r.edits).toEqual([]);
      expect(r.manual.map((m) => m.message).join('\n')).toMatch(why);
      const input = readFileSync(join(DIR, file), 'utf8');
      expect(r.output.split('\n').filter((l) => !l.includes('TODO(netverify-migrate)')).join('\n')).toBe(input);
    });
  }
});

describe('migrated calls: judged rewrites', () => {
  for (const [c, e] of Object.entries(MIGRATED)) {
    it(c, () => {
      const file = inputs.find((f) => caseOf(f) === c)!;
      const r = resultOf(file);
      expect(r.changed).toBe(true);
      const out = r.output;
      expect(out).not.toMatch(/'\/web\/initiate'|'v4\/initiate'|'\/api\/v4\/initiate'/);
      expect(out).not.toMatch(/Basic YWJ/);
      expect(out).toContain('kyxAccessToken(');
      if (c.startsWith('auth-')) {
        expect(out).toMatch(AUTH_PUT);
        expect(out.replace(/"/g, '').replace(/'/g, '')).toContain(CREDS.replace(/'/g, ''));
        expect(r.manual.map((m) => m.message).join('\n')).toMatch(/implement resolveKyxAccount/);
      } else {
        expect(r.manual.map((m) => m.message).join('\n')).toMatch(/store account\.id/);
      }
      for (const s of e.has ?? []) expect(out).toContain(s);
      for (const s of e.not ?? []) expect(out).not.toContain(s);
      for (const m of e.manual ?? []) expect(r.manual.map((x) => x.message).join('\n')).toMatch(m);
      for (const m of e.noManual ?? []) expect(r.manual.map((x) => x.message).join('\n')).not.toMatch(m);
      // Every manual item has a marker in the output (report-only items excepted: none for migrated calls).
      expect((out.match(/TODO\(netverify-migrate\)/g) ?? []).length).toBe(r.manual.length);
      // No legacy response read is left (the stored-response case keeps a flagged string key path).
      if (c !== 'auth-stored-whole' && c !== 'auth-object-method-promise-all') expect(out).not.toMatch(/\.redirectUrl\b|\.transactionReference\b|\[['"]redirectUrl['"]\]/);
    });
  }
});

/** Type-check files written to a scratch folder inside node_modules/.cache (so undici resolves). */
function typecheck(files: Map<string, string>, unused = false): string[] {
  const base = join(ROOT, 'node_modules/.cache');
  mkdirSync(base, { recursive: true });
  const dir = mkdtempSync(join(base, 'nvm-holdout-'));
  try {
    const names: string[] = [];
    for (const [name, text] of files) {
      writeFileSync(join(dir, name), text);
      names.push(join(dir, name));
    }
    const program = ts.createProgram(names, {
      strict: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext,
      lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'], types: ['node'], noEmit: true, skipLibCheck: true, experimentalDecorators: true, noUnusedLocals: unused,
      typeRoots: [join(ROOT, 'node_modules/@types')],
    });
    return ts.getPreEmitDiagnostics(program).map((d) =>
      `${d.file?.fileName.split('/').pop()}:${d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : '?'} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function applyEdits(text: string, edits: readonly { start: number; end: number; text: string }[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

describe('TypeScript', () => {
  it('inputs type-check as written (the corpus itself is sound)', () => {
    const files = new Map<string, string>([['client-stubs.d.ts', STUBS]]);
    for (const f of readdirSync(DIR).filter((x) => x.endsWith('.ts'))) files.set(f.replace('.input.ts', '.ts'), readFileSync(join(DIR, f), 'utf8'));
    expect(typecheck(files)).toEqual([]);
  });
  it('under noUnusedLocals the outputs leave only flagged constructor parameter properties unread', () => {
    const files = outputFiles();
    const inputsOk = new Map<string, string>([['client-stubs.d.ts', STUBS]]);
    for (const f of readdirSync(DIR).filter((x) => x.endsWith('.ts'))) inputsOk.set(f.replace('.input.ts', '.ts'), readFileSync(join(DIR, f), 'utf8'));
    expect(typecheck(inputsOk, true)).toEqual([]);
    const problems = typecheck(files, true);
    for (const p of problems) {
      const m = /^(.+)\.ts:\d+ Property '(\w+)' is declared but its value is never read\.$/.exec(p);
      expect(m, p).toBeTruthy();
      const flagged = resultOf(`${m![1]}.input.ts`).manual.some((x) => x.message.includes(`constructor parameter property ${m![2]} `));
      expect(flagged, `${p} is flagged`).toBe(true);
    }
  });
  it('outputs type-check together (helper module, support files after external edits, client stand-ins)', () => {
    expect(typecheck(outputFiles())).toEqual([]);
  });
});

/** The TS outputs with the helper module, the support files as the external edits leave them, and the stubs. */
function outputFiles(): Map<string, string> {
  const tsInputs = inputs.filter((f) => f.endsWith('.ts'));
  {
    const files = new Map<string, string>([['client-stubs.d.ts', STUBS], ['kyx-auth.ts', helperSource(true, true)]]);
    const support = readdirSync(DIR).filter((x) => x.endsWith('.ts') && !x.includes('.input.'));
    for (const f of support) {
      // Several inputs may ask for the same edit of a shared types file: apply each distinct edit once.
      const edits = new Map<string, { start: number; end: number; text: string }>();
      for (const i of inputs) {
        for (const ext of resultOf(i).external) {
          if (ext.absPath === join(DIR, f)) for (const e of ext.edits) edits.set(`${e.start}:${e.end}:${e.text}`, e);
        }
      }
      files.set(f, applyEdits(readFileSync(join(DIR, f), 'utf8'), [...edits.values()]));
    }
    for (const f of tsInputs) files.set(f.replace('.input.ts', '.ts'), resultOf(f).output);
    return files;
  }
}
