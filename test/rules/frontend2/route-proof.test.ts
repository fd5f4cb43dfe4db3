// pathOfUrl: the route a successUrl/errorUrl value points to, when its path is known.
import { describe, expect, it } from 'vitest';
import { HOLE } from '../../../codemods/analysis/static-strings.js';
import { pathOfUrl } from '../../../codemods/rules/landing-page-params/route-proof.js';

describe('pathOfUrl', () => {
  const cases: [string, string | undefined][] = [
    ['https://shop.example.com/kyc/success', '/kyc/success'],
    ['https://shop.example.com/kyc/success/?lang=en', '/kyc/success'],
    ['https://shop.example.com', '/'],
    [`${HOLE}/kyc/error`, '/kyc/error'],
    [`https://${HOLE}.example.com/done#top`, '/done'],
    [`https://shop.example.com/users/${HOLE}/done`, undefined],
    [`${HOLE}`, undefined],
    ['/relative/path', undefined],
  ];
  for (const [input, expected] of cases) {
    it(`${input.replace(HOLE, '${…}')} → ${expected}`, () => expect(pathOfUrl(input)).toBe(expected));
  }
});
