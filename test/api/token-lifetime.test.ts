import { describe, expect, it } from 'vitest';
import { minutesToTokenLifetime, parseTokenLifetime, tokenLifetimeError, tokenLifetimeTemplate } from '../../api/index.js';

describe('tokenLifetimeInMinutes → tokenLifetime (DESIGN: the largest exact unit)', () => {
  it.each([
    [5, '5m'],
    [30, '30m'],
    [60, '1h'],
    [90, '90m'],
    [1440, '1d'],
    [4320, '3d'],
    [2880 + 60, '49h'],
    [86400, '60d'],
  ])('%d minutes → %s', (minutes, expected) => {
    expect(minutesToTokenLifetime(minutes)).toBe(expected);
    expect(parseTokenLifetime(expected)).toBe(minutes * 60);
  });

  it('rejects values outside the legacy range and non-integers', () => {
    expect(() => minutesToTokenLifetime(4)).toThrow(RangeError);
    expect(() => minutesToTokenLifetime(86401)).toThrow(RangeError);
    expect(() => minutesToTokenLifetime(7.5)).toThrow(RangeError);
  });

  it('turns a non-literal expression into a template', () => {
    expect(tokenLifetimeTemplate('config.ttl')).toBe('`${config.ttl}m`');
  });

  it('validates KYX values: format and 5m–60d bounds', () => {
    expect(tokenLifetimeError('30m')).toBeUndefined();
    expect(tokenLifetimeError('600s')).toBeUndefined();
    expect(tokenLifetimeError('60d')).toBeUndefined();
    expect(tokenLifetimeError('61d')).toMatch(/at most 60d/);
    expect(tokenLifetimeError('299s')).toMatch(/at least 5m/);
    expect(tokenLifetimeError('30')).toMatch(/followed by/);
    expect(tokenLifetimeError(30)).toMatch(/string/);
  });
});
