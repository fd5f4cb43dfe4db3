// What the front-end hold-out rounds (3 and 4) assert on a judged file: strings the output must and must not hold,
// the rules of its manual items in order, and words those items must name; and where their markers may stand.
import { expect } from 'vitest';
import type { TransformTextResult } from '../../codemods/engine/run-on-text.js';

const TODO = 'TODO(netverify-migrate)';

export interface HoldoutExpectation {
  has?: string[];
  lacks?: string[];
  /** rule ids of the manual items, in order */
  manual?: string[];
  /** strings some manual item's message must contain */
  manualMentions?: string[];
}

export function checkHoldout(r: TransformTextResult, e: HoldoutExpectation): void {
  for (const s of e.has ?? []) expect(r.output, `expected ${JSON.stringify(s)}`).toContain(s);
  for (const s of e.lacks ?? []) expect(r.output, `unexpected ${JSON.stringify(s)}`).not.toContain(s);
  if (e.manual) expect(r.manual.map((m) => m.rule)).toEqual(e.manual);
  for (const s of e.manualMentions ?? []) expect(r.manual.some((m) => m.message.includes(s)), `manual item naming ${s}`).toBe(true);
}

/** Markers are comments of the place: HTML comments in markup, line or JSX comments in scripts. */
export function expectMarkersAreComments(files: readonly string[], result: (f: string) => TransformTextResult): void {
  for (const f of files) {
    for (const line of result(f).output.split('\n').filter((l) => l.includes(TODO))) {
      const t = line.trim();
      const script = t.startsWith('//') || /^\{\/\* .* \*\/\}$/.test(t);
      const markup = /^<!-- .* -->$/.test(t);
      if (/\.(html|hbs|vue|svelte)$/.test(f)) expect(script || markup, `${f}: ${t}`).toBe(true);
      else expect(script, `${f}: ${t}`).toBe(true);
    }
  }
}
