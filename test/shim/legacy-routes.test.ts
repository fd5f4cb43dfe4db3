import { describe, expect, it } from 'vitest';
import { LegacyApiError } from '../../shim/errors.js';
import { matchLegacyRoute, parseJsonBody } from '../../shim/legacy-routes.js';

describe('legacy routes', () => {
  it('matches only the shimmed method + path pairs', () => {
    expect(matchLegacyRoute('POST', '/api/authentication/v1/web/initiate')).toEqual({ route: 'auth-initiate' });
    expect(matchLegacyRoute('post', '/api/auth/v1/initiate/')).toEqual({ route: 'auth-initiate' });
    expect(matchLegacyRoute('POST', '/api/v4/initiate?x=1')).toEqual({ route: 'v4-initiate' });
    expect(matchLegacyRoute('GET', '/api/netverify/v2/authentications/abc')).toEqual({ route: 'auth-retrieval', reference: 'abc' });
    expect(matchLegacyRoute('GET', '/api/netverify/v2/authentications/abc/images/face')).toBeUndefined();
    expect(matchLegacyRoute('GET', '/api/authentication/v1/web/initiate')).toBeUndefined();
    expect(matchLegacyRoute('POST', '/api/netverify/v2/authentications/abc')).toBeUndefined();
    expect(matchLegacyRoute('POST', '/other')).toBeUndefined();
  });

  it('parses JSON and refuses prototype poisoning', () => {
    expect(parseJsonBody('{"a":{"prototype":1},"constructor":"x"}')).toEqual({ a: { prototype: 1 }, constructor: 'x' });
    for (const bad of ['{"__proto__":{"polluted":1}}', '{"a":{"constructor":{"prototype":{"polluted":1}}}}', '{nope', '  '])
      expect(() => parseJsonBody(bad)).toThrow(LegacyApiError);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses the forbidden keys spelled with \\u escapes too (the fast path skips only bodies that cannot spell them)', () => {
    for (const bad of ['{"\\u005f_proto__":{"polluted":1}}', '{"a":{"\\u0063onstructor":{"prototype":{"polluted":1}}}}'])
      expect(() => parseJsonBody(bad)).toThrow(LegacyApiError);
    expect(parseJsonBody('{"name":"caf\\u00e9","n":1}')).toEqual({ name: 'café', n: 1 });
    expect(parseJsonBody('{"userReference":"u-1","tokenLifetimeInMinutes":30}')).toEqual({ userReference: 'u-1', tokenLifetimeInMinutes: 30 });
  });
});
