// One piece of advice, one marker: a later rule's manual item that repeats an earlier rule's message on the same line
// is dropped (engine/repeated-items.ts), with synthetic rules and with the real initiate rules on one axios instance.
import { describe, expect, it } from 'vitest';
import { transformText } from '../../codemods/engine/run-on-text.js';
import { rules } from '../../codemods/rules/index.js';
import type { Rule } from '../../codemods/engine/types.js';

const say = (id: string, message: string, needle = 'client') => ({
  id, title: id, prefilter: ['client'], kinds: ['script'], run: (f) => ({ edits: [], manual: [{ pos: f.text.indexOf(needle), message }] }),
}) satisfies Rule;
const run = (text: string, rs: readonly Rule[]) => transformText({ path: 'a.ts', absPath: '/tmp/nvm-repeated/a.ts', text, rules: rs });
const markers = (out: string) => out.split('\n').filter((l) => l.includes('TODO(netverify-migrate)'));

describe('repeated manual items', () => {
  const text = 'const client = make();\nconst other = client;\n';

  it('the same message on the same line from two rules: one item, one marker, the first rule\'s', () => {
    const r = run(text, [say('first', 'drop the old credentials'), say('second', 'drop the old credentials')]);
    expect(r.manual).toEqual([{ rule: 'first', line: 1, message: 'drop the old credentials' }]);
    expect(markers(r.output)).toEqual(['// TODO(netverify-migrate): first: drop the old credentials']);
  });

  it('another message, or the same message on another line, is kept', () => {
    const other = run(text, [say('first', 'drop the old credentials'), say('second', 'move the host')]);
    expect(other.manual.map((m) => m.rule)).toEqual(['first', 'second']);
    expect(markers(other.output)).toHaveLength(2);
    const elsewhere = run(text, [say('first', 'drop the old credentials'), say('second', 'drop the old credentials', 'other')]);
    expect(elsewhere.manual.map((m) => `${m.rule}:${m.line}`)).toEqual(['first:1', 'second:2']);
  });

  it('a rerun adds nothing', () => {
    const once = run(text, [say('first', 'drop the old credentials'), say('second', 'drop the old credentials')]);
    const twice = run(once.output, [say('first', 'drop the old credentials'), say('second', 'drop the old credentials')]);
    expect(twice.output).toBe(once.output);
  });

  it('an axios instance serving an authentication and an enrolment initiate is flagged once', () => {
    const source = `import axios from 'axios';

const jumio = axios.create({
  baseURL: 'https://netverify.com',
  auth: { username: process.env.JUMIO_TOKEN!, password: process.env.JUMIO_SECRET! },
});

export async function startFaceLogin(enrollmentRef: string, userId: string) {
  const { data } = await jumio.post('/api/authentication/v1/web/initiate', {
    enrollmentTransactionReference: enrollmentRef,
    userReference: userId,
    successUrl: 'https://acme.com/ok',
    errorUrl: 'https://acme.com/ko',
  });
  return data.redirectUrl;
}

export async function enrol(userId: string) {
  const { data } = await jumio.post('/api/v4/initiate', { customerInternalReference: userId, userReference: userId });
  return data.redirectUrl;
}
`;
    const r = run(source, rules);
    expect(r.error).toBeUndefined();
    // both calls were migrated (each rule did its part) …
    expect(r.ran).toEqual(expect.arrayContaining(['initiate-authentication', 'initiate-enrollment']));
    expect(r.output).toContain('jumio.put(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`');
    expect(r.output).toContain("jumio.post('https://account.amer-1.jumio.ai/api/v1/accounts'");
    // … and the instance's credentials are flagged once
    const credentials = r.manual.filter((m) => /still carries the legacy Basic credentials/.test(m.message));
    expect(credentials).toHaveLength(1);
    expect(credentials[0]).toMatchObject({ rule: 'initiate-authentication', line: 3 });
    expect(markers(r.output).filter((l) => l.includes('still carries the legacy Basic credentials'))).toHaveLength(1);
  });
});
