// Rule iframe-event-handler: migrate `message` listeners that handle the Jumio web client's iFrame events.
// Only handlers proven to be Jumio handlers (analysis-frontend/prove.ts) are touched. In them, reads of the
// renamed event field (transactionReference → workflowExecutionId) on the parsed event object are rewritten,
// origin checks against the legacy web-client host are translated, error code 9836 is flagged, global
// hand-offs are followed into the files that assign the callback, and a note says accountId is now available.
import type { SourceFile } from '#ts-morph';
import { COLLIDING_ERROR_CODE, IFRAME_EVENT_NEW, IFRAME_EVENT_RENAMES, KYX, LEGACY } from '../../../api/index.js';
import { JUMIO_NAME_SPELLINGS, mentionsJumio } from '../../analysis/jumio-names.js';
import type { Edit, ExternalEdits, ManualItem, Rule, RuleContext, RuleFile, RuleResult } from '../../engine/types.js';
import {
  analyzeEventData, analyzeMessageHandlers, externalFiles, fileFramesCamera, findOriginChecks, judge, markupMessageHandlerNames, mergeAnalyses,
} from '../../analysis-frontend/index.js';
import { findGlobalAssigners, type Assigner } from './handoff.js';
import { MESSAGE_9836, planHandler, type Plan } from './plan.js';
import { errorCodeTableEntries } from './error-code-tables.js';
import { staleScriptHashItems } from '../../analysis-frontend/csp-script-hashes.js';
import { mockedEventEdits } from './test-mocks.js';
import { KYX_EVENT_NAMES, jumioTestFile } from '../../analysis-frontend/test-code.js';
import { regionHint, type RegionHint } from './region-hint.js';
import { findHandlersInStrings } from './template-strings.js';
import { linkedScripts } from './linked-scripts.js';
import { planImportedOrigins } from './imported-origins.js';
import { alreadyKyx, dualCompatible, kyxFallback } from './already-kyx.js';
import { releaseTemplatedBlocks, templatedScriptBlocks, type MaskedScriptBlock } from '../../analysis-frontend/templated-scripts.js';
import { attributeScriptBlocks, releaseAttributeBlocks } from '../../analysis-frontend/attribute-scripts.js';
import { hyperscriptHandlerItems } from './hyperscript.js';
import { stimulusWindowActions } from './stimulus-actions.js';
import { migratedByItsModule } from './own-module.js';
import { registerMarkupNames } from '../../analysis-frontend/member-flow.js';

/** A masked script still showing Jumio: its names, the legacy event's reference, or the legacy error code 9836. */
const HIDDEN_FIELDS = new RegExp(`${LEGACY.transactionReference}|${COLLIDING_ERROR_CODE}`, 'i');
const hidesJumioText = (text: string): boolean => mentionsJumio(text) || HIDDEN_FIELDS.test(text);

export const ID = 'iframe-event-handler';
const WEAK_MESSAGE = `this identity-check message handler reads transactionReference and payload.value like the legacy Jumio ` +
  `web client's events, but nothing proves it handles them (no origin check, no Jumio name): if it does, read ` +
  `${KYX.workflowExecutionId} instead of transactionReference (${KYX.accountId} is new) and check event.origin against ` +
  `the KYX web client (*.web.<region>.jumio.ai)`;
const RENAMED = new Set(IFRAME_EVENT_RENAMES.flatMap((r) => [r.legacy, r.kyx]));
const RENAMES_LEGACY = new Set(IFRAME_EVENT_RENAMES.map((r) => r.legacy));
const sharedMessage = (check: string, value: string): string => `${check.replace(/\s+/g, ' ').slice(0, 80)} lets the legacy ` +
  `Jumio web client (${value}) and another site through, so nothing shows which of these messages are Jumio's: if this handler ` +
  `handles the web client's events, read ${KYX.workflowExecutionId} instead of transactionReference on those only ` +
  `(${KYX.accountId} is new) and let the KYX web client (*.web.<region>.jumio.ai) through`;

interface Location {
  absPath: string | undefined;
  offset: number;
}

export const iframeEventHandler: Rule = {
  id: ID,
  title: 'iFrame postMessage handlers: transactionReference → workflowExecutionId, origin checks → KYX web client, error code 9836 flagged',
  // The quoted event names let a listener that only hands the event on (no Jumio word in its file) be analysed.
  prefilter: [...IFRAME_EVENT_RENAMES.map((r) => r.legacy), ...JUMIO_NAME_SPELLINGS, String(COLLIDING_ERROR_CODE), "'message'", '"message"', 'onmessage', 'window:message'],
  kinds: ['script', 'html', 'vue', 'svelte', 'astro'],
  run(file: RuleFile, ctx: RuleContext): RuleResult {
    const result: RuleResult = { edits: [], manual: [], notes: [] };
    const where = new Map<SourceFile, Location>();
    for (const b of file.scripts) where.set(b.sourceFile, { absPath: undefined, offset: b.offset });
    const plan: Plan = { edits: [], manual: [] };
    const linked = linkedScripts(file, ctx.project);
    for (const l of linked) where.set(l.sf, { absPath: l.absPath, offset: 0 });
    // Inline scripts with server template tags, parsed with the tags masked (same offsets as the page).
    const masked = templatedScriptBlocks(file);
    // Alpine code inline in markup attributes (x-init, @message.window), parsed with the page's offsets.
    const inAttributes = attributeScriptBlocks(file);
    for (const b of [...masked, ...inAttributes]) where.set(b.sourceFile, { absPath: undefined, offset: b.offset });
    const blocks = [...file.scripts, ...masked, ...inAttributes];
    const globals = [...blocks.map((s) => s.sourceFile), ...linked.map((l) => l.sf)];
    const handledFns = new Set<unknown>();
    let hint: { value: RegionHint | undefined } | undefined;
    const hintOnce = (): RegionHint | undefined => (hint ??= { value: regionHint(ctx.project) }).value;
    const assignerCache = new Map<string, Assigner[]>();
    const assignersOf = (name: string): Assigner[] => {
      if (!assignerCache.has(name)) assignerCache.set(name, findGlobalAssigners(name, file, ctx.project));
      return assignerCache.get(name)!;
    };

    // The page/component frames a camera iframe (the legacy web client's required allow): one point of proof.
    const cameraFrame = fileFramesCamera(file, ctx.project);
    // Functions the markup attaches as window message handlers (Alpine x-on:message.window, <svelte:window>).
    const markupHandlers = [...markupMessageHandlerNames(file), ...stimulusWindowActions(file.absPath, file.text, ctx.project)];
    const testMocks = jumioTestFile(file.path, file.text, KYX_EVENT_NAMES);
    if (file.kind === 'svelte') for (const b of file.scripts) registerMarkupNames(b.sourceFile, (file.html?.expressions ?? []).map(([s, e]) => file.text.slice(s, e)));
    for (const block of blocks) {
      // Tests and stories that post the web client's event: the mock must send what the migrated handler reads.
      if (testMocks) plan.edits.push(...mockedEventEdits(block.sourceFile, testMocks, hintOnce));
      // A template tag that itself mentions a Jumio field or host would be left behind by a rename: flag instead.
      const hidesJumio = 'maskedText' in block && hidesJumioText((block as MaskedScriptBlock).maskedText);
      const handlers = analyzeMessageHandlers(block.sourceFile, { globals, project: ctx.project, absPath: file.absPath, cameraFrame, markupHandlers });
      for (const h of handlers) {
        if (handledFns.has(h.fn)) continue;
        // Assigners of the globals the handler hands its object to (window.onJumioResult = (data) => …).
        const handoffs = h.data.parses && !h.verdict.veto
          ? h.data.handoffs.map((hand) => ({ hand, assigners: assignersOf(hand.name) })) : [];
        const targets = handoffs.flatMap((x) => x.assigners).map((a) => ({ a, data: analyzeEventData(a.fn, a.absPath ? [] : globals, 'data') }));
        // Decide on the whole shape: what the handler reads plus what the callbacks it feeds read.
        const proven = h.verdict.proven || (targets.length > 0 && judge({
          data: mergeAnalyses(h.data, targets.map((t) => t.data)),
          origins: h.origins,
          text: [h.fn.getText(), ...targets.map((t) => t.a.fn.getText())].join('\n'),
          cameraFrame,
        }).proven);
        if (!proven) {
          // The legacy event's shape in an identity-check handler, unproven: a human decides (never rewritten).
          if (h.verdict.weak && !handledFns.has(h.fn)) {
            handledFns.add(h.fn);
            result.manual.push({ pos: block.offset + h.fn.getStart(), message: WEAK_MESSAGE });
          }
          // An allow-list of the legacy web client and another site (proves nothing) before legacy reads: a human
          // decides which messages are Jumio's (a miss with a flag, never a rename of the other site's fields).
          const shared = h.origins.find((o) => o.shared && o.vendor === 'legacy-jumio');
          if (shared && !handledFns.has(h.fn) && h.data.reads.some((r) => r.path.length === 1 && RENAMES_LEGACY.has(r.path[0]!))) {
            handledFns.add(h.fn);
            plan.manual.push({ sf: shared.site.getSourceFile(), pos: shared.site.getStart(), message: sharedMessage(shared.site.getText(), shared.value) });
          }
          continue;
        }
        handledFns.add(h.fn);
        if (h.externalPath && migratedByItsModule(h.fn, h.externalPath, ctx)) continue;
        if (dualCompatible(h.data, h.origins)) {
          result.notes!.push({ pos: block.offset + h.attach.getStart(), message: `Jumio iFrame handler already reads ${KYX.workflowExecutionId} next to transactionReference (written for both web clients): left as is` });
          continue;
        }
        if (hidesJumio) {
          result.manual.push({ pos: block.offset + h.attach.getStart(), message: `Jumio iFrame message handler in a script with server-side template tags that mention Jumio fields: on KYX read ${KYX.workflowExecutionId} instead of transactionReference (${KYX.accountId} is new), and update origin checks to the KYX web client` });
          continue;
        }
        if (h.externalPath) {
          const sf = h.fn.getSourceFile();
          where.set(sf, { absPath: h.externalPath, offset: 0 });
        }
        const fileOf = (sf: SourceFile): string | undefined => externalFiles.get(sf) ?? (where.has(sf) ? where.get(sf)!.absPath ?? file.absPath : undefined);
        const guard = h.verdict.guard;
        planHandler(h.data, h.origins, plan, hintOnce, { project: ctx.project, fileOf, textOf: (abs) => (abs === file.absPath ? file.text : ctx.project.readFile(abs)) },
          guard && ((n) => { const g = guard(n); return g === 'other' || g === 'not-jumio'; }));
        // A router: a legacy read outside its Jumio branch and outside any other sender's stays as it is, flagged.
        for (const r of h.unguarded ?? []) {
          if (r.path.length === 1 && RENAMES_LEGACY.has(r.path[0]!) && !kyxFallback(r.keyNode, r.path[0]!)) {
            plan.manual.push({ sf: r.keyNode.getSourceFile(), pos: r.keyNode.getStart(), message: `this handler routes messages by origin and this read of ${r.path[0]} is in none of its branches the codemod can tell: if it reads a Jumio event, read ${KYX.workflowExecutionId} instead` });
          }
        }
        planImportedOrigins(h.importedOrigins, plan, { project: ctx.project, fileOf, regionHint: hintOnce });
        const pos = block.offset + h.attach.getStart();
        // Reported on every run (not only the one that renames), so a rerun's report matches its markers.
        const readsRenamed = h.data.reads.some((r) => r.path.length === 1 && RENAMED.has(r.path[0]!));
        if (readsRenamed && h.verdict.foreignKeys.length > 0) {
          plan.manual.push({
            sf: h.attach.getSourceFile(), pos: h.attach.getStart(),
            message: `this Jumio handler also reads ${h.verdict.foreignKeys.join(', ')}, which Jumio never sends: if it handles other senders' messages too, check that each ${KYX.workflowExecutionId} rename is on a Jumio event`,
          });
        }
        if (!alreadyKyx(h.data, h.origins)) result.notes!.push({ pos, message: `Jumio iFrame handler: on KYX event.data also carries ${IFRAME_EVENT_NEW.join(' and ')} (${KYX.accountId} is the account UUID)` });

        for (const { hand, assigners } of handoffs) {
          if (assigners.length === 0) {
            plan.manual.push({
              sf: hand.node.getSourceFile(), pos: hand.node.getStart(),
              message: `the Jumio event is handed to the global ${hand.name}(); no assignment of ${hand.name} was found: wherever it is defined, read ${KYX.workflowExecutionId} instead of transactionReference (${KYX.accountId} is new)`,
            });
          }
        }
        for (const { a, data } of targets) {
          if (handledFns.has(a.fn)) continue;
          handledFns.add(a.fn);
          where.set(a.fn.getSourceFile(), { absPath: a.absPath, offset: a.offset });
          planHandler(data, findOriginChecks([]), plan);
        }
      }
      // Error-code tables no handler reaches (an i18n map): 9836 flagged there too (same message: no second marker).
      for (const n of errorCodeTableEntries(block.sourceFile)) plan.manual.push({ sf: n.getSourceFile(), pos: n.getStart(), message: MESSAGE_9836 });
      for (const f of findHandlersInStrings(block.sourceFile)) {
        result.manual.push({ pos: block.offset + f.literal.getStart(), message: f.message });
      }
    }
    result.manual.push(...hyperscriptHandlerItems(file)); // `_="on message …"` (hyperscript.ts)
    const out = toResult(plan, where, result, file.absPath);
    // Never write over a masked server-side tag (e.g. an origin literal 'https://<%= host %>.netverify.com').
    const ranges = masked.flatMap((b) => b.maskedRanges);
    out.edits = out.edits.filter((e) => {
      if (!ranges.some(([a, b]) => e.start < b && e.end > a)) return true;
      out.manual.push({ pos: e.start, message: `${e.message}: not applied, the code holds a server-side template tag; change it by hand` });
      return false;
    });
    out.manual.push(...staleScriptHashItems(file, out.edits)); // a CSP pinning the edited inline script by hash
    // Messages quote code: show a masked tag as such, not as its filler.
    if (masked.length) for (const m of out.manual) m.message = m.message.replace(/_{5,}/g, '<template tag>');
    // Inside a start tag: edits only within the attribute's value, markers above the element.
    const inValue = (pos: number) => inAttributes.find((b) => pos >= b.offset && pos < b.values[b.values.length - 1]![1]);
    out.edits = out.edits.filter((e) => { const b = inValue(e.start); return !b || b.values.some(([s, end]) => e.start >= s && e.end <= end); });
    for (const m of [...out.manual, ...(out.notes ?? [])]) m.pos = inValue(m.pos)?.element ?? m.pos;
    releaseTemplatedBlocks();
    releaseAttributeBlocks();
    return out;
  },
};

function toResult(plan: Plan, where: Map<SourceFile, Location>, result: RuleResult, absPath: string): RuleResult {
  const external = new Map<string, ExternalEdits>();
  const target = (sf: SourceFile | undefined, abs?: string): { loc: Location; edits: Edit[]; manual: ManualItem[] } | undefined => {
    const ext = sf ? externalFiles.get(sf) : abs;
    const loc = (sf && where.get(sf)) ?? (ext ? { absPath: ext, offset: 0 } : undefined);
    if (!loc) return undefined;
    if (loc.absPath === undefined) return { loc, edits: result.edits, manual: result.manual };
    let x = external.get(loc.absPath);
    if (!x) {
      x = { absPath: loc.absPath, edits: [], manual: [] };
      external.set(loc.absPath, x);
    }
    return { loc, edits: x.edits, manual: x.manual! };
  };
  const seen = new Set<string>();
  for (const e of plan.edits) {
    const t = target(e.sf);
    if (!t) continue;
    const key = `${t.loc.absPath}:${t.loc.offset + e.start}:${t.loc.offset + e.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    t.edits.push({ start: t.loc.offset + e.start, end: t.loc.offset + e.end, text: e.text, message: e.message });
  }
  for (const m of plan.manual) {
    const t = target(m.sf);
    if (!t) continue;
    const key = `${t.loc.absPath}:${t.loc.offset + m.pos}:${m.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    t.manual.push({ pos: t.loc.offset + m.pos, message: m.message });
  }
  for (const { absPath: abs, ...e } of plan.textEdits ?? []) {
    const key = `${abs}:${e.start}:${e.end}`; // two handlers writing the same store
    if (seen.has(key)) continue;
    seen.add(key);
    if (abs === absPath) result.edits.push(e);
    else target(undefined, abs)!.edits.push(e);
  }
  if (external.size > 0) result.external = [...external.values()];
  return result;
}

export default iframeEventHandler;
