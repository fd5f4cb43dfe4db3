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
});
