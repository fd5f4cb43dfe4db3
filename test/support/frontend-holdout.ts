// The front-end hold-out rounds (2–5): running the rules over a corpus file, and what they assert on it: strings the output must and must not hold,
// the rules of its manual items in order, and words those items must name; and where their markers may stand.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { expect, it } from 'vitest';
import { transformText, type TransformTextResult } from '../../codemods/engine/run-on-text.js';
import { createProjectView } from '../../codemods/engine/project-view.js';
import { rules } from '../../codemods/rules/index.js';

const TODO = 'TODO(netverify-migrate)';

/** The KYX web client's allow list as the rules write it, and spaced as some pages write lists. */
export const FULL_ALLOW = 'camera;fullscreen;accelerometer;gyroscope;magnetometer';
export const SPACED_ALLOW = 'camera; fullscreen; accelerometer; gyroscope; magnetometer';
/** A KYX web-client origin inside a regular expression the rules write. */
export const KYX_REGEX = '\\.web\\.(?:amer-1|emea-1|apac-1)\\.jumio\\.ai';

/** Every rule over a corpus file, as the runner does it (`external`: edits another file's run asked for, applied
 * first); `result` caches the first run of each file. */
export function holdoutRunner(dir: string): {
  run(name: string, text?: string, external?: TransformTextResult['external']): TransformTextResult;
  result(name: string): TransformTextResult;
} {
  const project = createProjectView(dir);
  const run = (name: string, text = readFileSync(join(dir, name), 'utf8'), external: TransformTextResult['external'] = []): TransformTextResult => {
    const pre = external.map((x) => ({ rule: x.rule, edits: x.edits, manual: x.manual }));
    return transformText({ path: name, absPath: join(dir, name), text, rules, project, pre });
  };
  const cache = new Map<string, TransformTextResult>();
  const result = (name: string): TransformTextResult => {
    let r = cache.get(name);
    if (!r) cache.set(name, (r = run(name)));
    return r;
  };
  return { run, result };
}

export interface HoldoutExpectation {
  has?: string[];
  lacks?: string[];
  /** rule ids of the manual items, in order */
  manual?: string[];
  /** strings some manual item's message must contain */
  manualMentions?: string[];
}

/** A judged file: what its own output holds, and the files it asks to edit (external edits) with what theirs holds. */
export interface JudgedExpectation extends HoldoutExpectation {
  /** files edited through external edits, with strings their output must contain */
  external?: Record<string, string[]>;
}

/** The tests of a judged file (inside its describe): its renames and flags, and each known gap as an it.fails. */
export function judgedFileTests(f: string, e: JudgedExpectation | undefined, gaps: readonly (JudgedExpectation & { why: string })[],
  { run, result }: ReturnType<typeof holdoutRunner>): void {
  if (e) {
    it('carries the judged renames and flags', () => {
      const r = result(f);
      expect(r.changed).toBe(true);
      expect(r.external.map((x) => basename(x.absPath))).toEqual(Object.keys(e.external ?? {}));
      for (const x of r.external) {
        const out = run(basename(x.absPath), undefined, [x]).output;
        for (const s of e.external![basename(x.absPath)]!) expect(out, `${basename(x.absPath)}: expected ${JSON.stringify(s)}`).toContain(s);
      }
      checkHoldout(r, e);
      expect(r.output.split(TODO).length - 1).toBe(r.manual.length);
    });
  }
  for (const gap of gaps) {
    it.fails(`KNOWN GAP: ${gap.why}`, () => {
      const r = result(f);
      expect(r.changed).toBe(true);
      checkHoldout(r, gap);
    });
  }
}

export function checkHoldout(r: TransformTextResult, e: HoldoutExpectation): void {
  for (const s of e.has ?? []) expect(r.output, `expected ${JSON.stringify(s)}`).toContain(s);
  for (const s of e.lacks ?? []) expect(r.output, `unexpected ${JSON.stringify(s)}`).not.toContain(s);
  if (e.manual) expect(r.manual.map((m) => m.rule)).toEqual(e.manual);
  for (const s of e.manualMentions ?? []) expect(r.manual.some((m) => m.message.includes(s)), `manual item naming ${s}`).toBe(true);
}

/** A lookalike (or a file with nothing to do): byte-identical, no manual item, no edit in another file. */
export function expectUntouched(r: TransformTextResult, original: string): void {
  expect(r.output).toBe(original);
  expect(r.manual).toEqual([]);
  expect(r.external).toEqual([]);
}

/** Markers are comments of the place: HTML comments in markup, line or JSX comments in scripts. */
export function expectMarkersAreComments(files: readonly string[], result: (f: string) => TransformTextResult): void {
  for (const f of files) {
    for (const line of result(f).output.split('\n').filter((l) => l.includes(TODO))) {
      const t = line.trim();
      const script = t.startsWith('//') || /^\{\/\* .* \*\/\}$/.test(t);
      const markup = /^<!-- .* -->$/.test(t);
      if (/\.(html|hbs|vue|svelte|twig|erb|ejs|jsp|njk)$/.test(f)) expect(script || markup, `${f}: ${t}`).toBe(true);
      else expect(script, `${f}: ${t}`).toBe(true);
    }
  }
}
