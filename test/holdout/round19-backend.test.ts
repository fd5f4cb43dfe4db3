// Hold-out round 19 for the backend rules (test/holdout/round19-backend/): the five backend rules on 19 customer-style
// files written WITHOUT reading the rules, weighted to the most common shapes of the real-world catalogue written in
// fresh ways: an axios.create() instance exported by one module (jumio-http.ts) and used by an Express router (face
// login) and a polling function (retrieval), with the response types in a third module (jumio-types.ts); a Next.js App
// Router route on the www host and the older /api/auth/v1/initiate path; an Express ESM portal whose helmet CSP
// frame-src names the white-label web client host; a CommonJS data-centre map picked by an environment key; a NestJS
// service reading its host from an injected registerAs() config namespace; a Koa route with an environment host
// defaulting to the SG data centre; enrolments through a CommonJS settings object (config.js), a got class service with
// constructor-injected credentials, a Medusa v2 API route, fetch with URL- and header-building helpers; retrievals
// through the shared instance and Express + node-fetch v3 on the SG host with downstream reads; callbacks through
// body-parser on a router, multer().none() and Encore.ts api.raw(); plus 4 lookalikes (a Monnify checkout with Basic
// login and transactionReference/redirectUrl, Shufti Pro KYC, a face login already on KYX, a card acquirer's multer
// notification). Every file runs through the backend rules in-process, in registry order (as the CLI runs them).
// Checked as in round 2 (test/support/backend-holdout-suite.ts).
// First run (at d112c81, the corpus and judgements committed before it; in process 40 tests, 35 passed, 5 failed; and
// through the CLI's dry run on a git copy of the corpus, whose figures are the ones below): 15 of 19 files as judged
// (every file parsed with no error, the TypeScript outputs added no type error, the 4 lookalikes stayed
// byte-identical). Every diff read by hand; no judgement corrected on form. The four disagreements:
// - auth-express-imported-axios-instance and ret-imported-axios-instance (the axios.create() instance of
//   jumio-http.ts): flagged in process, migrated exactly as judged by the CLI. Not a defect: the suite's runner knows
//   no importers of the instance's module, and MIGRATION.md says the fixture harness keeps such calls flagged. They
//   are FLAGGED for the in-process suite and judged MIGRATED on a real run over the whole corpus (REPO_RUN, below).
// - two codemod DEFECTS, left as known gaps (today's output asserted, the judged one it.fails; the judgements kept
//   verbatim beside them):
//   - enr-fetch-url-header-helpers: a v4 initiate whose URL comes from a local builder function with a literal path
//     argument (fetch(jumioUrl('/v4/initiate'), …), jumioUrl returning `${JUMIO_API}${path}`) is not migrated and gets
//     no item at the call, only legacy-endpoint's generic marker on the base const;
//   - auth-express-helmet-csp-fetch (moved to rerun/ after the run, unchanged, because the suite requires every file
//     of its directory to be idempotent): migrated as judged, but the white-label web-client host the helmet CSP's
//     frame-src allows (const JUMIO_WEB_CLIENT = 'https://acme.netverify.com') gets no item on the first run, and a
//     second run (scan / --check after --write) adds legacy-endpoint's white-label web-client marker: not idempotent.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntaxProblems } from '../../codemods/engine/run-on-text.js';
import { rules } from '../../codemods/rules/index.js';
import { backendHoldoutSuite } from '../support/backend-holdout-suite.js';
import { holdoutRunner } from '../support/holdout-runner.js';
import { tempRepoRunner } from '../support/temp-repo-run.js';
import { FLAGGED, KNOWN_GAPS, MIGRATED, REPO_RUN, RERUN_GAP, UNTOUCHED, WEB_CLIENT } from './round19-backend-judgements.js';

const ROOT = resolve(import.meta.dirname, '../..');
const DIR = join(ROOT, 'test/holdout/round19-backend');

backendHoldoutSuite({
  dir: DIR,
  minInputs: 18,
  tmpPrefix: 'nvm-holdout19-',
  MIGRATED, FLAGGED, UNTOUCHED, KNOWN_GAPS,
});

// The whole corpus as one repository (the rerun/ file beside the others, as in the copy the CLI ran on).
function corpus(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const d of [DIR, join(DIR, 'rerun')]) {
    for (const f of readdirSync(d)) if (statSync(join(d, f)).isFile()) files[f] = readFileSync(join(d, f), 'utf8');
  }
  return files;
}

describe('the cross-file shapes, judged on a real run over the whole corpus', () => {
  const run = tempRepoRunner('nvm-holdout19-repo-');
  for (const [c, e] of Object.entries(REPO_RUN)) {
    it(c, async () => {
      const files = corpus();
      const out = (await run(files))(`${c}.input.ts`);
      expect(out).not.toBe(files[`${c}.input.ts`]);
      expect(out).not.toMatch(/\.redirectUrl\b|\.transactionReference\b/);
      for (const s of e.has ?? []) expect(out).toContain(s);
      for (const s of e.not ?? []) expect(out).not.toContain(s);
      for (const m of e.manual ?? []) expect(out).toMatch(m);
      for (const m of e.noManual ?? []) expect(out).not.toMatch(m);
    });
  }
});

describe('rerun/auth-express-helmet-csp-fetch: a second run adds an item the first one missed (known gap)', () => {
  const BACKEND = new Set(['initiate-authentication', 'initiate-enrollment', 'retrieval-authentication', 'callback-handler', 'legacy-endpoint']);
  const { run } = holdoutRunner(join(DIR, 'rerun'), rules.filter((r) => BACKEND.has(r.id)), ROOT);
  const file = RERUN_GAP.file.replace('rerun/', '');
  const first = () => run(file, readFileSync(join(DIR, RERUN_GAP.file), 'utf8'));
  const messages = (r: ReturnType<typeof first>) => r.manual.map((m) => m.message).join('\n');

  it("today: the call is migrated as judged, without the CSP item; the second run adds it", () => {
    const r = first();
    expect(r.error).toBeUndefined();
    expect(syntaxProblems(file, r.output)).toBeUndefined();
    for (const s of RERUN_GAP.has) expect(r.output).toContain(s);
    for (const s of RERUN_GAP.not) expect(r.output).not.toContain(s);
    for (const m of RERUN_GAP.manual) expect(messages(r)).toMatch(m);
    for (const m of RERUN_GAP.noManual) expect(messages(r)).not.toMatch(m);
    expect(messages(r)).not.toMatch(WEB_CLIENT);
    const again = run(file, r.output);
    expect(messages(again)).toMatch(WEB_CLIENT);
    expect(again.output).not.toBe(r.output);
  });
  it.fails('judged: the first run reports the white-label web-client host of the CSP frame-src', () => {
    expect(messages(first())).toMatch(WEB_CLIENT);
  });
  it.fails('judged: idempotent (a second run changes nothing)', () => {
    const r = first();
    expect(run(file, r.output).output).toBe(r.output);
  });
});
