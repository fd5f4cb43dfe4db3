// The logger's line builder writes exactly what JSON.stringify of the sanitized record wrote before it (same
// redaction, same order, same omissions), only without building the intermediate objects.
import { describe, expect, it } from 'vitest';
import { createLogger, formatLine, sanitize, type LogFields } from '../../shim/logger.js';

const reference = (level: string, event: string, base: LogFields, fields?: LogFields): Record<string, unknown> =>
  JSON.parse(JSON.stringify({ time: 'T', level, event, ...(sanitize({ ...base, ...fields }) as LogFields) })) as Record<string, unknown>;

function same(base: LogFields, fields?: LogFields): void {
  const line = formatLine('info', 'ev"ent', base, fields);
  const parsed = JSON.parse(line) as Record<string, unknown>;
  const expected = reference('info', 'ev"ent', base, fields);
  if (expected.time === 'T') {
    // The logger's own time stamp (a field named time overrides it, as the spread always did).
    expect(parsed.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    parsed.time = 'T';
  }
  expect(parsed).toEqual(expected);
  expect(Object.keys(parsed)).toEqual(Object.keys(expected)); // same order
}

describe('log line format', () => {
  it('matches JSON.stringify of the sanitized record', () => {
    same({}, { route: 'auth-initiate', status: 200, ms: 1.5, ok: true, none: null, gone: undefined, fn: () => 1 });
    same({ service: 'shim' }, { url: 'https://h.example/x?authorizationToken=abc', path: '/a?b=c d', plain: 'no query' });
    same({}, { clientSecret: 's3cr3t', authorization: 'Bearer x', tokenUrl: 'https://t.example/oauth2/token?x=1', nested: { password: 'p', list: ['https://a/?q=1', 2] } });
    same({}, { err: Object.assign(new Error('failed https://h/x?k=v'), { code: 'ECONNRESET' }), when: new Date(0), n: 10n as unknown as number });
    same({ route: 'base' }, { route: 'override', other: 1 }); // a base field repeated
    same({}, { time: 'mine', level: 'x', event: 'y', a: 1 }); // reserved names
    same({}, { b: 1, 2: 'two', a: 3 }); // integer-like names go first
    same({}, { deep: { a: { b: { c: { d: { e: { f: 1 } } } } } } });
  });

  it('a logger writes one such line per event, nothing below its level', () => {
    const lines: string[] = [];
    const log = createLogger({ sink: (l) => lines.push(l), level: 'info', base: { component: 'test' } });
    log.debug('hidden', {});
    log.info('shown', { href: 'https://x/?authorizationToken=t', id: 'abc' });
    log.child({ caller: 'c' }).warn('child', { status: 502 });
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[0])).toMatchObject({ level: 'info', event: 'shown', component: 'test', href: '[redacted]', id: 'abc' });
    expect(JSON.parse(lines[1])).toMatchObject({ level: 'warn', event: 'child', component: 'test', caller: 'c', status: 502 });
  });
});
