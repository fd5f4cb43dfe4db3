// The front-end hold-out rounds (2–9): running the rules over a corpus file, and what they assert on it: strings the output must and must not hold,
// the rules of its manual items in order, and words those items must name; and where their markers may stand.
// Rounds 6 on share their whole suite: frontendRoundCorpus lays the corpus out, frontendRoundSuite runs it.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { transformText, type TransformTextResult } from '../../codemods/engine/run-on-text.js';
import { isUnparsedTemplateName, kindOf } from '../../codemods/engine/file-kinds.js';
import { syntaxProblems } from '../../codemods/engine/run-on-text.js';
import { expectStableRerun } from './stable-rerun.js';
import { unparsedTemplateOutcomes } from '../../codemods/engine/unparsed-templates.js';
import { createProjectView } from '../../codemods/engine/project-view.js';
import { rules } from '../../codemods/rules/index.js';

const TODO = 'TODO(netverify-migrate)';
/** Items about server code no rule rewrites (a PHP page's curl call) are reported without a marker, by design
 * (rules/legacy-endpoint/server-code.ts); their messages say so. */
const UNMARKED = 'which the codemod does not rewrite';

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
  // The corpus is the whole repository of the run, as when the CLI runs over the directory: a rule that asks who
  // imports a module (a Svelte store's readers) gets the answer the CLI would give.
  const files = readdirSync(dir).filter((f) => kindOf(f) !== undefined).map((f) => join(dir, f));
  const project = createProjectView(dir, { files, wholeRepository: true });
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
  /** A module whose own run finds nothing to do (an exported handler or settings no file of its own attaches): it is
   * edited through the external edits of this file's run, whose judgement says what they write. */
  editedBy?: string;
}

/** The tests of a judged file (inside its describe): its renames and flags, and each known gap as an it.fails. */
export function judgedFileTests(f: string, e: JudgedExpectation | undefined, gaps: readonly (JudgedExpectation & { why: string })[],
  { run, result }: ReturnType<typeof holdoutRunner>): void {
  if (e?.editedBy) {
    it(`changes nothing on its own run, and is edited through ${e.editedBy}'s run`, () => {
      const r = result(f);
      expect(r.changed).toBe(false);
      expect(r.manual).toEqual([]);
      expect(r.external).toEqual([]);
      expect(result(e.editedBy!).external.map((x) => basename(x.absPath))).toContain(f);
    });
  } else if (e) {
    it('carries the judged renames and flags', () => {
      const r = result(f);
      expect(r.changed).toBe(true);
      expect(r.external.map((x) => basename(x.absPath))).toEqual(Object.keys(e.external ?? {}));
      for (const x of r.external) {
        const out = run(basename(x.absPath), undefined, [x]).output;
        for (const s of e.external![basename(x.absPath)]!) expect(out, `${basename(x.absPath)}: expected ${JSON.stringify(s)}`).toContain(s);
      }
      checkHoldout(r, e);
      expect(r.output.split(TODO).length - 1).toBe(r.manual.filter((m) => !m.message.includes(UNMARKED)).length);
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

/** Markers are comments of the place: HTML comments in markup, line or JSX comments in scripts (block comments between
 * JSX attributes). */
export function expectMarkersAreComments(files: readonly string[], result: (f: string) => TransformTextResult): void {
  for (const f of files) {
    for (const line of result(f).output.split('\n').filter((l) => l.includes(TODO))) {
      const t = line.trim();
      // Between a JSX element's attributes the engine writes a block comment (engine/markers.ts jsxContextStyle).
      const script = t.startsWith('//') || /^\{\/\* .* \*\/\}$/.test(t) || (/\.[jt]sx$/.test(f) && /^\/\* .* \*\/$/.test(t));
      const markup = /^<!-- .* -->$/.test(t);
      if (/\.(html|hbs|vue|svelte|twig|erb|ejs|jsp|njk|jinja|eta|cfm|blade\.php)$/.test(f)) expect(script || markup, `${f}: ${t}`).toBe(true);
      else expect(script, `${f}: ${t}`).toBe(true);
    }
  }
}

/** The tests of a round's files no rule parses: a legacy one (in `legacy`) is listed as skipped with manual items
 * (`why`: a known gap, asserted with it.fails); any other (a lookalike) is not listed. */
export function unparsedTemplateTests(dir: string, unparsed: readonly string[], legacy: Readonly<Record<string, { why?: string }>>): void {
  for (const f of unparsed) {
    const judged = legacy[f];
    const listed = (): ReturnType<typeof unparsedTemplateOutcomes> =>
      isUnparsedTemplateName(f) ? unparsedTemplateOutcomes([{ path: f, absPath: join(dir, f) }]) : [];
    if (!judged) {
      it(`${f}: an unparsed lookalike is not listed`, () => expect(listed()).toEqual([]));
      continue;
    }
    (judged.why ? it.fails : it)(`${f}: listed as skipped with manual items${judged.why ? ` — KNOWN GAP: ${judged.why}` : ''}`, () => {
      const [o] = listed();
      expect(o?.status).toBe('skipped');
      expect(o?.manual.length).toBeGreaterThan(0);
    });
  }
}

/** Each parsed corpus file of a round: no error, its output parses (a page whose inline script holds server tags inside
 * JS strings does not parse as written: the output must break no further block), a second run changes nothing; a
 * lookalike stays byte-identical, any other file carries its judgement (judgedFileTests). */
export function corpusFileTests(dir: string, files: readonly string[], untouched: readonly string[],
  expected: Readonly<Record<string, JudgedExpectation>>, gaps: Readonly<Record<string, (JudgedExpectation & { why: string })[]>>,
  runner: ReturnType<typeof holdoutRunner>): void {
  const { run, result } = runner;
  for (const f of files) {
    describe(f, () => {
      it('no error, output parses, a second run changes nothing', () => {
        const r = result(f);
        const broken = syntaxProblems(f, readFileSync(join(dir, f), 'utf8'))?.brokenBlocks ?? 0;
        if (broken > 0) {
          expect(r.error).toBeUndefined();
          expect(syntaxProblems(f, r.output)?.brokenBlocks).toBe(broken);
          const again = run(f, r.output);
          expect(again.output).toBe(r.output);
          expect(again.manual.map((m) => m.message)).toEqual(r.manual.map((m) => m.message));
        } else expectStableRerun(f, r, run(f, r.output), { sameManual: true });
      });
      if (untouched.includes(f)) {
        it('stays byte-identical with no manual item', () => expectUntouched(result(f), readFileSync(join(dir, f), 'utf8')));
        return;
      }
      judgedFileTests(f, expected[f], gaps[f] ?? [], runner);
    });
  }
}

/** What a round's test file judges: its EXPECT, its GAPS (it.fails while a defect stands) and its unparsed templates
 * that must be listed (UNPARSED_LEGACY). */
export interface FrontendRoundJudgements {
  expected: Readonly<Record<string, JudgedExpectation>>;
  gaps: Readonly<Record<string, (JudgedExpectation & { why: string })[]>>;
  unparsedLegacy: Readonly<Record<string, { why?: string }>>;
  /** Lookalikes the run touches today (lookalikeGapTests), tested apart from the corpus. */
  lookalikeGaps?: Readonly<Record<string, { why: string; today: HoldoutExpectation }>>;
  /** The corpus's exact size (rounds 19 on); without it, at least 12 lookalikes. */
  counts?: { untouched: number; files: number; unparsed?: number };
}

/** A round's corpus as rounds 6 on lay it out: files no rule parses (unparsed templates and kinds the engine does
 * not discover) apart, lookalikes named `4N-`/`5N-lookalike-…`, and one runner over the directory. */
export function frontendRoundCorpus(dir: string): { all: string[]; unparsed: string[]; files: string[]; untouched: string[]; runner: ReturnType<typeof holdoutRunner> } {
  const all = readdirSync(dir).sort();
  const unparsed = all.filter((f) => kindOf(f) === undefined);
  return {
    all, unparsed, files: all.filter((f) => !unparsed.includes(f)),
    untouched: all.filter((f) => /^(4\d|5\d)-lookalike-/.test(f)), runner: holdoutRunner(dir),
  };
}

/** The suite every round from 6 on runs: every file judged (the corpus's exact size, or at least 12 lookalikes),
 * each parsed file's tests (corpusFileTests), the lookalikes the run touches today apart (lookalikeGapTests), the
 * unparsed templates' listing, markers that are comments of the place, and no item quoting a web-client query. */
export function frontendRoundSuite(title: string, dir: string, corpus: ReturnType<typeof frontendRoundCorpus>, j: FrontendRoundJudgements): void {
  const { files, unparsed, untouched, runner } = corpus;
  const apart = Object.keys(j.lookalikeGaps ?? {});
  describe(title, () => {
    it('every corpus file is judged', () => {
      for (const f of files) expect(untouched.includes(f) || f in j.expected || f in j.gaps, f).toBe(true);
      for (const f of unparsed) expect(f in j.unparsedLegacy || untouched.includes(f), f).toBe(true);
      if (!j.counts) expect(untouched.length).toBeGreaterThanOrEqual(12);
      else {
        expect(untouched.length).toBe(j.counts.untouched);
        expect(files.length).toBe(j.counts.files);
        if (j.counts.unparsed !== undefined) expect(unparsed.length).toBe(j.counts.unparsed);
      }
    });

    corpusFileTests(dir, files.filter((f) => !apart.includes(f)), untouched, j.expected, j.gaps, runner);
    lookalikeGapTests(dir, j.lookalikeGaps ?? {}, runner);
    unparsedTemplateTests(dir, unparsed, j.unparsedLegacy);

    it('markers are comments of the place: HTML comments in markup, line or JSX comments in scripts', () => expectMarkersAreComments(files, runner.result));
    it('no manual item quotes a web-client URL\'s query string (it carries the authorization token)', () => {
      for (const f of files) for (const m of runner.result(f).manual) expect(m.message, f).not.toMatch(/authorizationToken=/);
    });
  });
}

/** Lookalikes the run touches (a DEFECT each), tested apart from the corpus: what the run does now (`today`, a stable
 * output), and the judgement — byte-identical, no item, the same items on a rerun — with it.fails. */
export function lookalikeGapTests(dir: string, gaps: Readonly<Record<string, { why: string; today: HoldoutExpectation }>>, runner: ReturnType<typeof holdoutRunner>): void {
  for (const [f, gap] of Object.entries(gaps)) {
    describe(f, () => {
      const original = (): string => readFileSync(join(dir, f), 'utf8');
      it('no error, output parses, the output is stable on a second run (today)', () => {
        const r = runner.result(f);
        expectStableRerun(f, r, runner.run(f, r.output), { sameManual: false });
      });
      it('what the run does today', () => checkHoldout(runner.result(f), gap.today));
      it.fails(`KNOWN GAP: ${gap.why}`, () => expectUntouched(runner.result(f), original()));
      it.fails('KNOWN GAP: a second run reports the same items as the first', () => {
        const r = runner.result(f);
        expectStableRerun(f, r, runner.run(f, r.output), { sameManual: true });
      });
    });
  }
}
