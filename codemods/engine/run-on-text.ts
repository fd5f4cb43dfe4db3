// transformText: everything the runner does to one file, in process and without touching the disk —
// decode (BOM, CRLF), detect style, prefilter, parse per extension (HTML/Vue/Svelte via embedded.ts), run the rules
// in order with a re-parse after each, insert manual markers, and roll the whole file back when a rule throws
// or its output no longer parses. Rule helpers call it from their unit tests; the fixture harness and the
// worker threads use it too.
import { isCompiledOrBundled } from './compiled-output.js';
import type {
  Edit, ExternalEdits, FileKind, FileStyle, ManualItem, NewFile, PriorWork, ProjectView, Rule, RuleContext, RuleFile, RuleResult, ScriptBlock,
} from './types.js';
import { erbScriptExtension, flavourOfBlock, kindOf, scriptFlavourOf } from './file-kinds.js';
import { decodeForRules, encodeFromRules } from './text-format.js';
import { fileStyle } from './markup-style.js';
import { applyStyle, engineProject, parseProblems, parseText } from './parse.js';
import { parseEmbedded } from './embedded.js';
import { applyEdits, LineIndex, mapBack, mapForward, normaliseEdits, type AppliedBatch, type PlainEdit } from './edits.js';
import { planMarkers } from './markers.js';
import { markupRanges } from './markup-ranges.js';
import { createProjectView } from './project-view.js';
import { transformFlowFile } from './flow-files.js';
import { parsesAsFlow } from './flow-mask.js';
import { maskErbTags, transformErbScript } from './erb-script.js';
import { dirname } from 'node:path';
import { countRedeclarations } from './redeclarations.js';
import { unrepeated } from './repeated-items.js';

export interface ReportItem {
  rule: string;
  line: number;
  message: string;
}

/** Time spent in each rule's run() in this thread (for NETVERIFY_MIGRATE_PROFILE=1). */
export const ruleTimings = new Map<string, { ms: number; files: number }>();

export interface TransformTextInput {
  /** Path for the report (relative, forward slashes). Its extension picks the parser. */
  path: string;
  absPath: string;
  /** The file's text as read (a leading U+FEFF is the BOM). */
  text: string;
  rules: readonly Rule[];
  /** Defaults to a view rooted at the file's directory. */
  project?: ProjectView;
  /** Edits other files' rules asked for (ExternalEdits), in this file's rule-text positions. Applied first, as one
   * batch; then the rules run on the result, so they see (and the catch-all rule skips) what was done. */
  pre?: readonly { rule: string; edits: readonly Edit[]; manual?: readonly ManualItem[] }[];
  /** Set by masked-files.ts on a file's blanked text (Flow types, ERB tags): it is not masked twice. */
  masked?: boolean;
}

export interface TransformTextResult {
  /** The text to write (BOM and line endings restored); equal to the input when nothing changed or on error. */
  output: string;
  changed: boolean;
  edits: ReportItem[];
  manual: ReportItem[];
  notes: ReportItem[];
  newFiles: (NewFile & { rule: string })[];
  external: (ExternalEdits & { rule: string })[];
  /** Rules that passed the prefilter and ran. */
  ran: string[];
  /** Set when the file is left untouched because it does not parse, a rule threw, or an output did not parse. */
  error?: string;
}

interface Built {
  file: RuleFile;
  /** Syntax problems: for scripts the first one; for pages the number of inline scripts that fail to parse. */
  problem?: { pos: number; message: string };
  brokenBlocks: number;
  release(): void;
}

function build(path: string, absPath: string, text: string, kind: FileKind, style?: FileStyle): Built {
  const project = engineProject();
  if (style) applyStyle(project, style);
  // Dropping the file's own Project releases everything; nothing else references it.
  const release = (): void => undefined;
  if (kind === 'script') {
    const flavour = scriptFlavourOf(path)!;
    const sf = parseText(project, absPath, text, flavour);
    const problem = parseProblems(sf)[0];
    const scripts: ScriptBlock[] = [{ sourceFile: sf, offset: 0, jsx: flavour.jsx, language: flavour.language }];
    return { file: { path, absPath, text, kind, scripts }, problem, brokenBlocks: problem ? 1 : 0, release };
  }
  const html = parseEmbedded(text, kind === 'html' ? 'page' : kind);
  const scripts: ScriptBlock[] = [];
  let brokenBlocks = 0;
  for (const block of html.scripts) {
    const flavour = flavourOfBlock(block.language, block.jsx);
    const sf = parseText(project, absPath, text.slice(block.start, block.end), flavour);
    // A block that does not parse (e.g. server-side template tags inside <script>) is not offered to rules.
    if (parseProblems(sf).length > 0) brokenBlocks++;
    else scripts.push({ sourceFile: sf, offset: block.start, jsx: flavour.jsx, language: flavour.language });
  }
  return { file: { path, absPath, text, kind, scripts, html }, brokenBlocks, release };
}

export function transformText(input: TransformTextInput): TransformTextResult {
  return transformTracked(input).result;
}

/** transformText, also giving the rules' text (LF, no BOM) and the edit batches that led there (flow-files.ts). */
export function transformTracked(input: TransformTextInput): { result: TransformTextResult; text?: string; batches?: AppliedBatch[] } {
  const result: TransformTextResult = {
    output: input.text, changed: false, edits: [], manual: [], notes: [], newFiles: [], external: [], ran: [],
  };
  const kind = kindOf(input.path);
  if (!kind) return { result: { ...result, error: `unsupported file type: ${input.path}` } };
  const decoded = decodeForRules(input.text);
  const pre = input.pre ?? [];
  const wants = (r: Rule, text: string): boolean =>
    r.kinds.includes(kind) && (r.prefilter.length === 0 || r.prefilter.some((s) => text.includes(s)));
  if (pre.length === 0 && !input.rules.some((r) => wants(r, decoded.text))) return { result };
  // Compiled or bundled output is regenerated from its source: no rule touches it, not even with a marker.
  const compiled = isCompiledOrBundled(decoded.text);
  if (compiled && pre.length === 0) return { result };

  const style = fileStyle(decoded.bom ? input.text.slice(1) : input.text, kind);
  const markerEol = decoded.crlf ? '\n' : style.eol;
  const project = input.project ?? createProjectView(dirname(input.absPath));
  const original = new LineIndex(decoded.text);
  const batches: AppliedBatch[] = [];
  const toOriginal = (pos: number): number => batches.reduceRight((p, b) => mapBack(p, b), pos);
  const lineOf = (pos: number): number => original.line(toOriginal(pos));
  const fail = (error: string): { result: TransformTextResult } => ({
    result: { ...result, output: input.text, changed: false, error, edits: [], manual: [], notes: [], newFiles: [], external: [] },
  });

  // A script Rails renders through ERB: the rules read it with its tags blanked, and the tags are put back.
  const erb = erbScriptExtension(input.path) && !input.masked ? transformErbScript(input, decoded) : undefined;
  if (erb) return { result: erb };
  let text = decoded.text;
  let built = build(input.path, input.absPath, text, kind, style);
  if (built.problem) {
    const where = original.line(built.problem.pos);
    built.release();
    // Flow-typed JavaScript: the rules run on the file with its types blanked, and the types are put back.
    const flow = mayBeFlow(input.path, kind) && !input.masked ? transformFlowFile(input, decoded) : undefined;
    if (flow) return { result: flow };
    return fail(`does not parse (line ${where}): ${built.problem.message}${flowHint(decoded.text)}`);
  }
  const brokenBefore = built.brokenBlocks;
  // Names declared twice in one scope parse but never load (redeclarations.ts): a rule may not add any.
  // Counted on the input only once a rule has edits to apply (most parsed files get none).
  const redeclared = (b: Built): number => b.file.scripts.reduce((n, s) => n + countRedeclarations(s.sourceFile), 0);
  let redeclaredBefore: number | undefined;
  let prior: PriorWork[] = [];

  try {
    if (pre.length > 0) {
      let all: PlainEdit[];
      try {
        const edits = normaliseEdits(
          pre.flatMap((p) => p.edits.map((e) => ({ ...e, text: decoded.crlf ? e.text.replace(/\r\n/g, '\n') : e.text }))),
          text.length,
          `rules ${[...new Set(pre.map((p) => p.rule))].join(', ')} (edits from other files)`,
        );
        const markers = pre.flatMap((p) => planMarkers(text, p.rule, p.manual ?? [], built.file.scripts, kind, markerEol, built.file.html?.scripts, markupRanges(built.file.html, text, kind)).edits);
        all = normaliseEdits([...edits, ...markers], text.length, 'edits from other files');
      } catch (err) {
        return fail((err as Error).message);
      }
      // Two files that import one module may ask for the same edit or item there: it is reported once.
      const reported = new Set<string>();
      const once = (key: string): boolean => !reported.has(key) && !!reported.add(key);
      for (const p of pre) {
        for (const e of p.edits) if (once(`${p.rule}\0${e.start}\0${e.end}\0${e.text}`)) result.edits.push({ rule: p.rule, line: lineOf(e.start), message: e.message ?? '' });
        for (const m of p.manual ?? []) if (once(`${p.rule}\0${m.pos}\0${m.message}`)) result.manual.push({ rule: p.rule, line: lineOf(m.pos), message: m.message });
        prior.push(...p.edits.map((e) => editWork(p.rule, e)));
        prior.push(...(p.manual ?? []).map((m) => ({ rule: p.rule, kind: 'manual' as const, start: m.pos, end: m.pos, message: m.message })));
      }
      if (all.length > 0) {
        redeclaredBefore ??= redeclared(built);
        const applied = applyEdits(text, all);
        batches.push(applied.batch);
        prior = prior.map((w) => ({
          ...w,
          start: mapForward(w.start, applied.batch, w.kind === 'manual' ? 'end' : 'start'),
          end: mapForward(w.end, applied.batch, 'end'),
        }));
        text = applied.text;
        built.release();
        built = build(input.path, input.absPath, text, kind, style);
        if (built.problem || built.brokenBlocks > brokenBefore) {
          return fail(`edits from other files produce code that does not parse${built.problem ? ` (${built.problem.message})` : ''}; file left untouched`);
        }
        if (redeclared(built) > redeclaredBefore!) return fail('edits from other files declare a name twice in one scope; file left untouched');
      }
    }
    for (const rule of input.rules.filter((r) => !compiled && wants(r, text))) {
      result.ran.push(rule.id);
      const ctx: RuleContext = { style, project, prior };
      let out: RuleResult;
      const t0 = performance.now();
      try {
        out = rule.run(built.file, ctx);
      } catch (err) {
        return fail(`rule ${rule.id} failed: ${err instanceof Error ? err.message : String(err)}`);
      } finally {
        const t = ruleTimings.get(rule.id) ?? { ms: 0, files: 0 };
        t.ms += performance.now() - t0;
        t.files++;
        ruleTimings.set(rule.id, t);
      }
      let edits: (PlainEdit & { message?: string })[];
      try {
        edits = normaliseEdits(
          (out.edits ?? []).map((e) => ({ ...e, text: decoded.crlf ? e.text.replace(/\r\n/g, '\n') : e.text })),
          text.length,
          `rule ${rule.id}`,
        );
      } catch (err) {
        return fail((err as Error).message);
      }
      const manual = unrepeated(out.manual ?? [], prior, lineOf);
      for (const e of edits) result.edits.push({ rule: rule.id, line: lineOf(e.start), message: e.message ?? '' });
      for (const m of manual) result.manual.push({ rule: rule.id, line: lineOf(m.pos), message: m.message });
      for (const n of out.notes ?? []) result.notes.push({ rule: rule.id, line: lineOf(n.pos), message: n.message });
      for (const f of out.newFiles ?? []) result.newFiles.push({ ...f, rule: rule.id });
      for (const x of out.external ?? []) result.external.push({ ...x, rule: rule.id });

      const markers = planMarkers(text, rule.id, manual, built.file.scripts, kind, markerEol, built.file.html?.scripts,
        manual.length > 0 ? markupRanges(built.file.html, text, kind) : []).edits;
      // A marker whose line starts inside an edited range goes above the line where that edit starts.
      for (const m of markers) {
        const inside = edits.find((e) => m.start > e.start && m.start < e.end);
        if (inside) m.start = m.end = text.lastIndexOf('\n', inside.start - 1) + 1;
      }
      const all = normaliseEdits([...edits, ...markers], text.length, `rule ${rule.id}`);
      const newPrior = [
        ...edits.map((e) => editWork(rule.id, e)),
        ...manual.map((m) => ({ rule: rule.id, kind: 'manual' as const, start: m.pos, end: m.pos, message: m.message })),
      ];
      if (all.length === 0) {
        prior = [...prior, ...newPrior];
        continue;
      }
      redeclaredBefore ??= redeclared(built);
      const applied = applyEdits(text, all);
      batches.push(applied.batch);
      prior = [...prior, ...newPrior].map((w) => ({
        ...w,
        start: mapForward(w.start, applied.batch, w.kind === 'manual' ? 'end' : 'start'),
        end: mapForward(w.end, applied.batch, 'end'),
      }));
      text = applied.text;
      built.release();
      built = build(input.path, input.absPath, text, kind, style);
      if (built.problem || built.brokenBlocks > brokenBefore) {
        return fail(`rule ${rule.id} produced code that does not parse${built.problem ? ` (${built.problem.message})` : ''}; file left untouched`);
      }
      if (redeclared(built) > redeclaredBefore!) {
        return fail(`rule ${rule.id} produced code that declares a name twice in one scope (it parses, but no engine loads it); file left untouched`);
      }
    }
  } finally {
    built.release();
  }
  // Report order: by line (a stable sort keeps the rule order within a line).
  for (const list of [result.edits, result.manual, result.notes]) list.sort((a, b) => a.line - b.line);
  if (text !== decoded.text) {
    result.output = encodeFromRules(text, decoded);
    result.changed = result.output !== input.text;
  }
  return { result, text, batches };
}

/** The first syntax problem of `text` parsed as `path`'s kind (for pages: the number of inline scripts that fail). */
export function syntaxProblems(path: string, text: string): { message: string; brokenBlocks: number } | undefined {
  const kind = kindOf(path);
  if (!kind) return undefined;
  const plain = decodeForRules(text).text;
  // A .js.erb is JavaScript once its ERB tags are blanked (erb-script.ts).
  const decoded = erbScriptExtension(path) ? maskErbTags(plain).masked : plain;
  const built = build(path, path, decoded, kind);
  built.release();
  // Flow-typed JavaScript is read (flow-files.ts): it parses when Babel reads it as Flow.
  if (built.problem && mayBeFlow(path, kind) && parsesAsFlow(decoded)) return undefined;
  if (built.problem) return { message: built.problem.message, brokenBlocks: built.brokenBlocks };
  if (built.brokenBlocks > 0) return { message: `${built.brokenBlocks} inline script(s) do not parse`, brokenBlocks: built.brokenBlocks };
  return undefined;
}

/** Flow types live in JavaScript files only (.js, .jsx, .mjs, .cjs). */
function mayBeFlow(path: string, kind: FileKind): boolean {
  return kind === 'script' && !erbScriptExtension(path) && scriptFlavourOf(path)?.language === 'js';
}

/** Flow-typed JavaScript parses until Flow-only syntax (`{| |}` exact objects, `?T`, opaque types…): say so. */
function flowHint(text: string): string {
  return /^\s*(\/\/|\/\*+)\s*@flow\b/m.test(text.slice(0, 2000))
    ? ' (a Flow-typed file: Flow-only syntax cannot be parsed; strip the Flow types, e.g. with flow-remove-types, or migrate this file by hand)'
    : '';
}

/** An edit as prior work for the rules after it (a pure deletion marked: once applied its range is empty). */
function editWork(rule: string, e: PlainEdit): PriorWork {
  return { rule, kind: 'edit', start: e.start, end: e.end, deletion: e.text === '' && e.end > e.start };
}
