// legacy-endpoint behind the full registry: what the fixture harness (one rule at a time) cannot show, because
// the rule's "handled by another rule" decision depends on what earlier rules did to the file in the same run.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { transformText } from '../../engine/run-on-text.js';
import { rules } from '../index.js';

const RULES_DIR = resolve(import.meta.dirname, '..');
const REPO = resolve(RULES_DIR, '../..');

function runAll(absPath: string, text: string) {
  const path = absPath.slice(absPath.lastIndexOf('/') + 1);
  return transformText({ path, absPath, text, rules });
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
    expect(items[0]!.message).toContain('calls this tool migrated no longer use it: update or remove it once no call does');
    expect(items[0]!.message).not.toMatch(/calls built on it must move to the KYX platform/);
  });
});
