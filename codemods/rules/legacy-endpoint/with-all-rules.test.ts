// legacy-endpoint behind the full registry: what the fixture harness (one rule at a time) cannot show, because
// the rule's "handled by another rule" decision depends on what earlier rules did to the file in the same run.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProjectView } from '../../engine/project-view.js';
import { transformText } from '../../engine/run-on-text.js';
import { rules } from '../index.js';

const RULES_DIR = resolve(import.meta.dirname, '..');
const REPO = resolve(RULES_DIR, '../..');

function runAll(absPath: string, text: string) {
  const path = absPath.slice(absPath.lastIndexOf('/') + 1);
  // Rooted where the CLI roots it (the git top level): the rules' import specifiers follow its tsconfig.
  return transformText({ path, absPath, text, rules, project: createProjectView(REPO) });
}

describe('legacy-endpoint with all rules', () => {
  it('adds no second marker to an iframe that web-client-host flagged at the element start', () => {
    const p = join(RULES_DIR, 'iframe-allow/__testfixtures__/literal-src-multiline.input.html');
    const first = runAll(p, readFileSync(p, 'utf8'));
    expect(first.error).toBeUndefined();
    expect(first.manual.map((m) => m.rule)).toEqual(['web-client-host']);
    // Second run: iframe-allow has nothing left to do, web-client-host flags the element again at its start.
    const second = runAll(p, first.output);
    expect(second.error).toBeUndefined();
    expect(second.manual.map((m) => m.rule)).toEqual(['web-client-host']);
    expect(second.output).toBe(first.output);
    expect(second.changed).toBe(false);
  });

  it("legacy-app's JUMIO_BASE_URL (its only call migrated in another module) gets a message that holds either way", () => {
    const p = join(REPO, 'fixtures/legacy-app/src/config.ts');
    const r = runAll(p, readFileSync(p, 'utf8'));
    const items = r.manual.filter((m) => m.rule === 'legacy-endpoint');
    expect(items).toHaveLength(1);
    expect(items[0]!.message).toMatch(/^legacy Jumio API base URL lon\.netverify\.com: a call still built on it must move/);
    expect(items[0]!.message).toContain('calls this tool migrated send nothing to it (some still read it to pick the KYX host of their region): update or remove it once no code reads it');
    expect(items[0]!.message).not.toMatch(/calls built on it must move to the KYX platform/);
  });

  it('an initiate URL left in a helper after the call using it was migrated in the same file is not called unmigrated', () => {
    // The migrated call still reads authInitiateUrl(dc) to pick the KYX host of the region.
    const p = join(REPO, 'test/holdout/backend/auth-region-switch-fn.input.ts');
    const r = runAll(p, readFileSync(p, 'utf8'));
    expect(r.error).toBeUndefined();
    expect(r.edits.some((e) => e.rule === 'initiate-authentication')).toBe(true);
    const items = r.manual.filter((m) => m.rule === 'legacy-endpoint');
    expect(items).toHaveLength(3);
    for (const m of items) {
      expect(m.message).toMatch(/initiate endpoint \S+ is left after the calls in this file were migrated/);
      expect(m.message).not.toMatch(/was not migrated automatically/);
    }
  });

  it('a flag on another literal of a long statement does not hide a legacy endpoint (test doubles in one handler list)', () => {
    const text = [
      "import { http, HttpResponse } from 'msw';",
      '',
      'export const handlers = [',
      "  http.post('https://netverify.com/api/authentication/v1/web/initiate', () =>",
      "    HttpResponse.json({ redirectUrl: 'https://acme.netverify.com/web/v4/app?authorizationToken=t', transactionReference: 'r' }),",
      '  ),',
      "  http.get('https://netverify.com/api/netverify/v2/authentications/:ref', () => HttpResponse.json({ transactionResult: 'PASSED' })),",
      '];',
      '',
    ].join('\n');
    const r = runAll(join(RULES_DIR, 'legacy-endpoint/__testfixtures__/msw-handlers.ts'), text);
    expect(r.error).toBeUndefined();
    expect(r.manual.map((m) => `${m.rule}:${m.line}`)).toEqual(['legacy-endpoint:4', 'web-client-host:5', 'legacy-endpoint:7']);
  });

  it("the legacy base URL of an axios instance whose calls were migrated is flagged on the first run too (the instance's item is about its credentials)", () => {
    const text = [
      "import axios, { type AxiosInstance } from 'axios';",
      '',
      'export class FaceAuth {',
      '  #client: AxiosInstance;',
      '  constructor() {',
      "    this.#client = axios.create({ baseURL: 'https://lon.netverify.com/api', auth: { username: 'u', password: 'p' } });",
      '  }',
      '  async begin(enrollment: string, user: string): Promise<string> {',
      "    const res = await this.#client.post('/authentication/v1/web/initiate', { enrollmentTransactionReference: enrollment, userReference: user });",
      '    return res.data.redirectUrl;',
      '  }',
      '}',
      '',
    ].join('\n');
    const p = join(RULES_DIR, 'legacy-endpoint/__testfixtures__/instance-base.ts');
    const first = runAll(p, text);
    expect(first.error).toBeUndefined();
    expect(first.manual.map((m) => m.rule)).toContain('legacy-endpoint');
    expect(first.manual.find((m) => m.rule === 'legacy-endpoint')!.message).toMatch(/legacy Jumio API base URL lon\.netverify\.com\/api/);
    const second = runAll(p, first.output);
    expect(second.output).toBe(first.output);
  });

  it('a URL const read only by a call another rule flagged is not reported again as "no call using it was proven"', () => {
    // Hold-out round 6: node-fetch headers in a new Headers() — initiate-authentication flags the call; the const
    // holding its URL got a second marker that said the opposite.
    const p = join(REPO, 'codemods/rules/initiate-authentication/__testfixtures__/headers-instance-shorthand.input.cjs');
    const r = runAll(p, readFileSync(p, 'utf8'));
    expect(r.error).toBeUndefined();
    expect(r.manual.map((m) => m.rule)).toEqual(['initiate-authentication']);
    // A const also read by code no rule flagged keeps its marker.
    const text = readFileSync(p, 'utf8').replace('module.exports = { initiateReauth };', 'module.exports = { initiateReauth, NETVERIFY };');
    expect(runAll(p, text).manual.map((m) => m.rule).sort()).toEqual(['initiate-authentication', 'legacy-endpoint']);
  });

  it('a path-only const read only by a call another rule flagged is left to that flag; one read elsewhere is reported', () => {
    // The base comes from a setting (the initiate rule flags the call: the URL can change at run time); the path
    // constant beside it needs no second marker.
    const text = [
      "const axios = require('axios');",
      "const BASE = process.env.JUMIO_BASE_URL || 'https://lon.netverify.com';",
      "const INITIATE_PATH = '/api/authentication/v1/web/initiate';",
      '',
      'async function start(user) {',
      '  const res = await axios.post(`${BASE}${INITIATE_PATH}`, { enrollmentTransactionReference: user.ref }, {',
      '    auth: { username: process.env.JUMIO_TOKEN, password: process.env.JUMIO_SECRET },',
      '  });',
      '  return res.data.redirectUrl;',
      '}',
      'module.exports = { start };',
      '',
    ].join('\n');
    const p = join(RULES_DIR, 'legacy-endpoint/__testfixtures__/path-const.js');
    const items = (t: string) => runAll(p, t).manual.map((m) => `${m.rule}:${m.line}`);
    // Line 2 (the legacy host with an environment override) keeps its own base-URL item.
    expect(items(text)).toEqual(['legacy-endpoint:2', 'initiate-authentication:6']);
    const exported = text.replace('module.exports = { start };', 'module.exports = { start, INITIATE_PATH };');
    expect(items(exported)).toEqual(['legacy-endpoint:2', 'legacy-endpoint:3', 'initiate-authentication:6']);
  });

  it('a legacy host const right after a removed initiate URL const is reported on the first run, not only on a rerun', () => {
    // The initiate rule removes `const INITIATE = …` (read only by the migrated call); the deletion then sits exactly
    // where the next statement starts, which is not work on that statement (hold-out round 19 backend, rerun/).
    const text = [
      "import fetch from 'node-fetch';",
      '',
      "const INITIATE = 'https://netverify.com/api/authentication/v1/web/initiate';",
      "const FRAME_HOST = 'https://acme.netverify.com';",
      '',
      'export const frameSrc = ["\'self\'", FRAME_HOST];',
      '',
      'export async function start(ref: string, user: string): Promise<string> {',
      '  const response = await fetch(INITIATE, {',
      "    method: 'POST',",
      "    headers: { 'Content-Type': 'application/json', Authorization: `Basic ${process.env.JUMIO_BASIC}` },",
      '    body: JSON.stringify({ enrollmentTransactionReference: ref, userReference: user }),',
      '  });',
      '  const { redirectUrl } = (await response.json()) as { redirectUrl: string };',
      '  return redirectUrl;',
      '}',
      '',
    ].join('\n');
    const first = runAll(join(REPO, 'test/holdout/backend/white-label-after-removed.ts'), text);
    expect(first.error).toBeUndefined();
    expect(first.output).not.toContain('const INITIATE');
    const host = (r: typeof first) => r.manual.filter((m) => m.rule === 'legacy-endpoint' && /white-label web-client host acme\.netverify\.com/.test(m.message));
    expect(host(first)).toHaveLength(1);
    const second = runAll(join(REPO, 'test/holdout/backend/white-label-after-removed.ts'), first.output);
    expect(second.changed).toBe(false);
    expect(second.output).toBe(first.output);
    expect(host(second)).toHaveLength(1);
  });

  // Hold-out round 48: both passed on the first run and were reported on the second (a rerun changed the file).
  it.each([
    // The helper's import inserted on the line above the host map (an edit ending where the statement starts) is no
    // edit of the map: its hosts, still read to pick the KYX host of the region, are reported on the first run.
    ['initiate-authentication/__testfixtures__/object-freeze-region-map.input.ts', 2],
    ['retrieval-authentication/__testfixtures__/region-map.input.ts', 3],
    // A URL const still read by the migrated call (the proxy agent is chosen for it): the call's flag is about the
    // migration's helper, not about this endpoint.
    ['../../test/holdout/round48-backend/auth-express-proxy-from-env-https-proxy-agent-axios.input.cjs', 1],
  ])('%s: a legacy URL left beside a migrated call is reported on the first run, and a rerun changes nothing', (rel, count) => {
    const p = join(RULES_DIR, rel);
    const first = runAll(p, readFileSync(p, 'utf8'));
    expect(first.error).toBeUndefined();
    const left = (r: typeof first) => r.manual.filter((m) => m.rule === 'legacy-endpoint');
    expect(left(first)).toHaveLength(count);
    for (const m of left(first)) expect(m.message).toMatch(/send nothing to it|is left after the calls in this file were migrated/);
    const second = runAll(p, first.output);
    expect(second.changed).toBe(false);
    expect(left(second)).toHaveLength(count);
  });
});
