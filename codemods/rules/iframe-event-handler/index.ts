// Rule iframe-event-handler: migrate `message` listeners that handle the Jumio web client's iFrame events.
// Only handlers proven to be Jumio handlers (analysis-frontend/prove.ts) are touched. In them, reads of the
// renamed event field (transactionReference → workflowExecutionId) on the parsed event object are rewritten,
// origin checks against the legacy web-client host are translated, error code 9836 is flagged, global
// hand-offs are followed into the files that assign the callback, and a note says accountId is now available.
import type { SourceFile } from 'ts-morph';
import { IFRAME_EVENT_NEW, IFRAME_EVENT_RENAMES, KYX } from '../../../api/index.js';
import type { Edit, ExternalEdits, ManualItem, Rule, RuleContext, RuleFile, RuleResult } from '../../engine/types.js';
import { analyzeEventData, analyzeMessageHandlers, externalFiles, findOriginChecks } from '../../analysis-frontend/index.js';
import { findGlobalAssigners } from './handoff.js';
import { planHandler, type Plan } from './plan.js';
import { findHandlersInStrings } from './template-strings.js';

export const ID = 'iframe-event-handler';
const RENAMED = new Set(IFRAME_EVENT_RENAMES.flatMap((r) => [r.legacy, r.kyx]));

interface Location {
  absPath: string | undefined;
  offset: number;
}

export const iframeEventHandler: Rule = {
  id: ID,
  title: 'iFrame postMessage handlers: transactionReference → workflowExecutionId, origin checks → KYX web client, error code 9836 flagged',
  prefilter: [...IFRAME_EVENT_RENAMES.map((r) => r.legacy), 'netverify', '9836', 'Jumio', 'jumio'],
  kinds: ['script', 'html', 'vue'],
  run(file: RuleFile, ctx: RuleContext): RuleResult {
    const result: RuleResult = { edits: [], manual: [], notes: [] };
    const where = new Map<SourceFile, Location>();
    for (const b of file.scripts) where.set(b.sourceFile, { absPath: undefined, offset: b.offset });
    const plan: Plan = { edits: [], manual: [] };
    const globals = file.scripts.map((s) => s.sourceFile);
    const handledFns = new Set<unknown>();

    for (const block of file.scripts) {
      const handlers = analyzeMessageHandlers(block.sourceFile, { globals, project: ctx.project, absPath: file.absPath });
      for (const h of handlers) {
        if (!h.verdict.proven || handledFns.has(h.fn)) continue;
        handledFns.add(h.fn);
        if (h.externalPath) {
          const sf = h.fn.getSourceFile();
          where.set(sf, { absPath: h.externalPath, offset: 0 });
        }
        planHandler(h.data, h.origins, plan);
        const pos = block.offset + h.attach.getStart();
        // Reported on every run (not only the one that renames), so a rerun's report matches its markers.
        const readsRenamed = h.data.reads.some((r) => r.path.length === 1 && RENAMED.has(r.path[0]!));
        if (readsRenamed && h.verdict.foreignKeys.length > 0) {
          plan.manual.push({
            sf: h.attach.getSourceFile(), pos: h.attach.getStart(),
            message: `this Jumio handler also reads ${h.verdict.foreignKeys.join(', ')}, which Jumio never sends: if it handles other senders' messages too, check that each ${KYX.workflowExecutionId} rename is on a Jumio event`,
          });
        }
        result.notes!.push({ pos, message: `Jumio iFrame handler: on KYX event.data also carries ${IFRAME_EVENT_NEW.join(' and ')} (${KYX.accountId} is the account UUID)` });

        for (const hand of h.data.handoffs) {
          const assigners = findGlobalAssigners(hand.name, file, ctx.project);
          if (assigners.length === 0) {
            plan.manual.push({
              sf: hand.node.getSourceFile(), pos: hand.node.getStart(),
              message: `the Jumio event is handed to the global ${hand.name}(); no assignment of ${hand.name} was found: wherever it is defined, read ${KYX.workflowExecutionId} instead of transactionReference (${KYX.accountId} is new)`,
            });
            continue;
          }
          for (const a of assigners) {
            if (handledFns.has(a.fn)) continue;
            handledFns.add(a.fn);
            where.set(a.fn.getSourceFile(), { absPath: a.absPath, offset: a.offset });
            const data = analyzeEventData(a.fn, a.absPath ? [] : globals, 'data');
            planHandler(data, findOriginChecks([]), plan);
          }
        }
      }
      for (const f of findHandlersInStrings(block.sourceFile)) {
        result.manual.push({ pos: block.offset + f.literal.getStart(), message: f.message });
      }
    }
    return toResult(plan, where, result);
  },
};

function toResult(plan: Plan, where: Map<SourceFile, Location>, result: RuleResult): RuleResult {
  const external = new Map<string, ExternalEdits>();
  const target = (sf: SourceFile): { loc: Location; edits: Edit[]; manual: ManualItem[] } | undefined => {
    const ext = externalFiles.get(sf);
    const loc = where.get(sf) ?? (ext ? { absPath: ext, offset: 0 } : undefined);
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
  if (external.size > 0) result.external = [...external.values()];
  return result;
}

export default iframeEventHandler;
