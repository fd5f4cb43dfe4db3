// Shared front-end analysis (read-only for rules other than iframe-event-handler). Public API:
//
//   analyzeMessageHandlers(sourceFile, opts) → every `message` handler attached in the file, with its data flow,
//       origin checks and the verdict "is this a Jumio web-client handler" (see prove.ts; tie-breakers are
//       documented in MIGRATION.md, rule iframe-event-handler).
//   fileHasProvenJumioHandler(file, ctx)     → true when any script block of a RuleFile attaches a proven Jumio
//       handler (what iframe-allow uses to decide that a page's <iframe> shows the web client).
//   classifyWebClientUrl(text)               → a legacy web-client / v3 widget URL inside a string, or undefined.
//   analyzeEventData(fn, globals, mode), judge(input), mergeAnalyses(a, more) → the building blocks, for deciding
//       on a handler together with the callbacks it hands the parsed object to.
//
// Everything here is pure: no file-system writes, no edits. Nodes returned belong to the SourceFile they were
// found in (`node.getSourceFile()`), which for HTML pages may be another <script> block than the one analysed.
import { Node, type SourceFile } from '#ts-morph';
import type { DataRead } from './event-shapes.js';
import type { RuleContext, RuleFile } from '../engine/types.js';
import { analyzeEventData, type EventDataAnalysis } from './event-data.js';
import { findMessageHandlers, type ListenerSearchOptions, type MessageHandler } from './listeners.js';
import { attachOriginChecks, findOriginChecks, originParamChecks, originValueParamChecks, type ImportedOrigin, type OriginCheck, type OriginImports } from './origin.js';
import { importedJumioOrigins } from './imported-constants.js';
import { judge, type Verdict } from './prove.js';
import { fileFramesCamera } from './camera-frame.js';
import { markupMessageHandlerNames } from './markup-listeners.js';

export type { EventDataAnalysis, DataRead, LiteralComparison } from './event-data.js';
export type { MessageHandler, AttachKind, ListenerSearchOptions } from './listeners.js';
export type { ImportedOrigin, OriginCheck, OriginMatch, OriginVendor } from './origin.js';
export type { Verdict } from './prove.js';
export { PROOF_THRESHOLD, judge } from './prove.js';
export { analyzeEventData, isJsonParse } from './event-data.js';
export { findOriginChecks } from './origin.js';
export { importedModule } from './imported-constants.js';
export { externalFiles } from './listeners.js';
export { markupMessageHandlerNames } from './markup-listeners.js';
export { allowsCamera, fileFramesCamera, markupFramesCamera, scriptFramesCamera } from './camera-frame.js';
export { classifyWebClientUrl, findWebClientUrls, type WebClientUrl } from './web-client-urls.js';

export interface AnalyzedHandler extends MessageHandler {
  data: EventDataAnalysis;
  origins: OriginCheck[];
  /** Imported constants the origin is checked against that were not read (not only Jumio origins, or not found). */
  importedOrigins: ImportedOrigin[];
  verdict: Verdict;
  /** A router proven by its Jumio branch: reads under no origin check the rule can read (neither renamed nor another
   * vendor's for sure). */
  unguarded?: DataRead[];
}

/** Every `message` handler attached in `sf`, analysed and judged. */
export function analyzeMessageHandlers(sf: SourceFile, opts: ListenerSearchOptions = {}): AnalyzedHandler[] {
  const globals = opts.globals ?? [];
  return findMessageHandlers(sf, opts).map((h) => {
    const hGlobals = h.externalPath ? [] : globals;
    let data = analyzeEventData(h.fn, hGlobals, h.rawData ? 'raw' : 'event', h.externalPath ? {} : { project: opts.project, absPath: opts.absPath, globals }, h.rawParam ?? h.eventParam, h.start);
    if (h.stages) {
      // An rxjs pipeline: the event stages' origin checks and reads count, and when the handler (a `map`) parses,
      // the later stages read the parsed object.
      const ev = h.stages.filter((s) => s.mode === 'event').map((s) => analyzeEventData(s.fn, hGlobals, 'event'));
      const parsed = data.parses ? h.stages.filter((s) => s.mode === 'data').map((s) => analyzeEventData(s.fn, hGlobals, 'data', {}, 0, s.start)) : [];
      data = { ...mergeAnalyses(data, [...ev, ...parsed]), eventExprs: [...data.eventExprs, ...ev.flatMap((a) => a.eventExprs)], parses: data.parses || ev.some((a) => a.parses) };
      if (data.parses && h.handOff) data = { ...data, escapes: [...data.escapes, h.handOff] };
    }
    // An origin list imported from a module of the project is read when it holds nothing but Jumio origins.
    const from = h.externalPath ?? opts.absPath;
    const imports: OriginImports = { resolve: (decl, path) => importedJumioOrigins(decl, opts.project, from, path), unresolved: [] };
    const origins = [
      ...findOriginChecks(data.eventExprs, hGlobals, [], imports),
      ...(h.rawData || h.start ? [] : originParamChecks(h.fn.getParameters()[h.eventParam ?? 0], hGlobals, imports)),
      ...attachOriginChecks(h),
      ...(h.originParam !== undefined ? originValueParamChecks(h.fn, h.originParam, hGlobals, imports) : []),
    ];
    const importedOrigins = imports.unresolved;
    const text = [...data.functions.map((f) => f.getText()), handlerName(h)].join('\n');
    const verdict = judge({ data, origins, text, cameraFrame: opts.cameraFrame, context: enclosingNames(h.fn), surroundings: surroundingComments(h.fn) });
    // A router proven by its Jumio branch: what the other branches read is another vendor's, never rewritten.
    const guard = verdict.guard;
    const unguarded = guard ? data.reads.filter((r) => guard(r.keyNode) === undefined) : [];
    if (guard) data = onlyKept(data, (n) => guard(n) === 'jumio');
    return { ...h, data, origins, importedOrigins, verdict, ...(unguarded.length ? { unguarded } : {}) };
  });
}

/** One analysis out of a handler's and the analyses of the callbacks it hands the parsed object to. */
export function mergeAnalyses(base: EventDataAnalysis, more: readonly EventDataAnalysis[]): EventDataAnalysis {
  return {
    ...base,
    reads: [...base.reads, ...more.flatMap((m) => m.reads)],
    comparisons: [...base.comparisons, ...more.flatMap((m) => m.comparisons)],
    escapes: [...base.escapes, ...more.flatMap((m) => m.escapes)],
    functions: [...base.functions, ...more.flatMap((m) => m.functions)],
    rootTypes: [...base.rootTypes, ...more.flatMap((m) => m.rootTypes)],
  };
}

function onlyKept(d: EventDataAnalysis, keep: (n: Node) => boolean): EventDataAnalysis {
  return {
    ...d,
    reads: d.reads.filter((r) => keep(r.keyNode)),
    comparisons: d.comparisons.filter((c) => keep(c.node)),
    handoffs: d.handoffs.filter((x) => keep(x.node)),
    escapes: d.escapes.filter((x) => keep(x.node)),
    rootTypes: d.rootTypes.filter((t) => keep(t)),
  };
}

/** Only the handlers proven to handle Jumio events. */
export function provenJumioHandlers(sf: SourceFile, opts: ListenerSearchOptions = {}): AnalyzedHandler[] {
  return analyzeMessageHandlers(sf, opts).filter((h) => h.verdict.proven);
}

/** Does any script block of the file attach a proven Jumio message handler? */
export function fileHasProvenJumioHandler(file: RuleFile, ctx?: RuleContext): boolean {
  const globals = file.scripts.map((s) => s.sourceFile);
  const cameraFrame = fileFramesCamera(file, ctx?.project);
  const markupHandlers = markupMessageHandlerNames(file);
  return file.scripts.some((s) => provenJumioHandlers(s.sourceFile, { globals, project: ctx?.project, absPath: file.absPath, cameraFrame, markupHandlers }).length > 0);
}

/** The name a handler is known by (function or variable name), which may say "Jumio". */
function handlerName(h: MessageHandler): string {
  const fn = h.fn;
  const named = 'getName' in fn && typeof fn.getName === 'function' ? (fn.getName() ?? '') : '';
  const parent = fn.getParent();
  const varName = parent && 'getName' in parent && typeof (parent as { getName?: unknown }).getName === 'function'
    ? String((parent as unknown as { getName(): string }).getName() ?? '') : '';
  return `${named} ${varName} ${h.attach.getText().slice(0, 200)}`;
}

/** Names of the declarations a handler sits in (class, functions, variables, properties), innermost first. */
function enclosingNames(fn: Node): string {
  const names: string[] = [];
  for (let cur = fn.getParent(); cur && names.length < 8; cur = cur.getParent()) {
    const name = 'getName' in cur && typeof (cur as { getName?: unknown }).getName === 'function'
      ? (cur as unknown as { getName(): string | undefined }).getName() : undefined;
    if (name) names.push(name);
  }
  return names.join(' ');
}

/** The comments above the declarations a handler sits in, and the header comment of its file (or script block). */
function surroundingComments(fn: Node): string {
  const out: string[] = [];
  for (let cur: Node | undefined = fn; cur && !Node.isSourceFile(cur); cur = cur.getParent()) {
    out.push(...cur.getLeadingCommentRanges().map((c) => c.getText()));
  }
  const first = fn.getSourceFile().getStatements()[0];
  if (first) out.push(...first.getLeadingCommentRanges().map((c) => c.getText()));
  return out.join('\n');
}
