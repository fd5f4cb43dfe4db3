// What to change in one proven Jumio handler (and the functions its event object was followed into):
// renamed field reads, origin checks, error-code comparisons whose meaning changed, and escapes we cannot follow.
// Positions are node positions in the node's own SourceFile; the rule maps them to file offsets.
import { kyxFallback } from './already-kyx.js';
import { Node, SyntaxKind } from '#ts-morph';
import type { SourceFile } from '#ts-morph';
import { COLLIDING_ERROR_CODE, ERROR_CODE_CHANGES, IFRAME_EVENT_RENAMES, KYX, LEGACY_9836_IN_KYX } from '../../../api/index.js';
import type { EventDataAnalysis, OriginCheck } from '../../analysis-frontend/index.js';
import { codeValue, resolveIdentifier } from '../../analysis-frontend/syntax.js';
import { rawDataEscape } from '../../analysis-frontend/raw-escapes.js';
import { repeatRegionItem, translateOrigin } from './origin-rewrite.js';
import type { RegionHint } from './region-hint.js';
import { renameInTypes, type TypeImports } from './type-rename.js';
import { alreadyKyx, markedAbove } from './already-kyx.js';
import { markerAnchors } from '../../analysis-frontend/attribute-scripts.js';
import { storeHandoffEdits, type TextEdit } from './store-handoff.js';
import { legacyQueryLinks, QUERY_LINK_NEEDLE } from './query-links.js';

export interface NodeEdit {
  sf: SourceFile;
  start: number;
  end: number;
  text: string;
  message: string;
}

export interface NodeNote {
  sf: SourceFile;
  pos: number;
  message: string;
}

export interface Plan {
  edits: NodeEdit[];
  manual: NodeNote[];
  /** Edits at file offsets, in this file or another (a store's readers, store-handoff.ts). */
  textEdits?: TextEdit[];
}

const RENAMES = new Map(IFRAME_EVENT_RENAMES.map((r) => [r.legacy, r.kyx]));
const CHANGE_9836 = ERROR_CODE_CHANGES.find((c) => c.code === COLLIDING_ERROR_CODE);
export const MESSAGE_9836 = `error code ${COLLIDING_ERROR_CODE} changed meaning on KYX: it now means "${CHANGE_9836?.kyx}"; the legacy meaning ("${CHANGE_9836?.legacy}") is ${LEGACY_9836_IN_KYX} — decide which of the two this code stands for here`;

const ESCAPE_NEEDLE = 'parsed Jumio event is passed on to';

export function planHandler(
  data: EventDataAnalysis, origins: readonly OriginCheck[], plan: Plan = { edits: [], manual: [] }, regionHint?: () => RegionHint | undefined,
  types?: TypeImports,
  /** A router's branches for other senders (origin-guards.ts): a 9836 listed there is theirs, never flagged (round 40). */
  foreign?: (n: Node) => boolean,
): Plan {
  const edit = (n: Node, start: number, end: number, text: string, message: string): void => {
    plan.edits.push({ sf: n.getSourceFile(), start, end, text, message });
  };
  const manual = (n: Node, message: string): void => {
    plan.manual.push({ sf: n.getSourceFile(), pos: n.getStart(), message });
  };

  for (const r of data.reads) {
    const next = r.path.length === 1 ? RENAMES.get(r.path[0]) : undefined;
    if (!next) continue;
    const legacy = r.path[0];
    // `data.workflowExecutionId ?? data.transactionReference`: the legacy read is the KYX read's fallback, kept (renamed,
    // it would read the same name twice; hold-out round 57's half-migrated component).
    if (kyxFallback(r.keyNode, legacy!)) continue;
    if (r.write) {
      manual(r.keyNode, `the Jumio event's ${legacy} is assigned here; on KYX the field is ${next}`);
      continue;
    }
    const k = r.keyNode;
    const msg = `iFrame event ${legacy} → ${next}`;
    if (r.kind === 'destructure' && r.binding && Node.isBindingElement(r.binding) && !r.binding.getPropertyNameNode()) {
      // `{ transactionReference }` keeps its local name: `{ workflowExecutionId: transactionReference }`.
      edit(k, k.getStart(), k.getStart(), `${next}: `, msg);
    } else if (Node.isIdentifier(k) || Node.isPrivateIdentifier(k)) {
      edit(k, k.getStart(), k.getEnd(), next, msg);
    } else if (Node.isStringLiteral(k) || Node.isNoSubstitutionTemplateLiteral(k)) {
      edit(k, k.getStart() + 1, k.getEnd() - 1, next, msg);
    } else {
      manual(k, `computed key for the Jumio event's ${legacy}: on KYX the field is ${next}`);
    }
  }

  // A check of the raw posted string for a renamed field's name (raw-sniffs.ts): the KYX string carries the new name.
  for (const lit of new Set(data.sniffs)) {
    const text = [...RENAMES].reduce((t, [legacy, next]) => t.split(legacy).join(next), lit.getText());
    if (text !== lit.getText()) edit(lit, lit.getStart(), lit.getEnd(), text, `iFrame event: the check of the posted string looks for ${[...RENAMES.values()].join(', ')} now`);
  }

  // Only types of an object whose renamed field is actually read: a handler that never touches it keeps its types.
  // Also when it reads the new name (a rerun): a type declared elsewhere is reported again while it is not renamed.
  for (const [legacy, next] of RENAMES) {
    if (data.reads.some((r) => r.path.length === 1 && (r.path[0] === legacy || r.path[0] === next))) renameInTypes(data.rootTypes, legacy, next, plan, types);
  }

  for (const o of origins) {
    const fix = translateOrigin(o, o.literal.getText(), regionHint);
    if (!fix) {
      // Code in a markup attribute: its markers stand in the page's text, not in the parsed block's (attribute-scripts.ts).
      const sf = o.literal.getSourceFile();
      const again = repeatRegionItem(o, markerAnchors.get(sf)?.text ?? sf.getFullText(), regionHint);
      if (again) manual(o.literal, again);
      continue;
    }
    if (fix.text !== undefined) edit(o.literal, o.literal.getStart(), o.literal.getEnd(), fix.text, fix.message);
    if (fix.manual) manual(o.literal, fix.manual);
  }

  // Error code 9836: compared directly, in a switch, or listed anywhere in the handler's functions.
  const flagged = new Set<Node>();
  const kyx = alreadyKyx(data, origins);
  // Links to the app's own pages spelling a legacy redirect parameter (query-links.ts); on code already on KYX only
  // under an earlier run's marker (a rerun reports it again; code written for KYX by hand gets nothing).
  for (const link of legacyQueryLinks(data.functions)) {
    if (!kyx || markedAbove(link.node, 'iframe-event-handler', QUERY_LINK_NEEDLE)) manual(link.node, link.message);
  }
  const flag9836 = (n: Node): void => {
    if (flagged.has(n) || foreign?.(n) || (kyx && !markedAbove(n, 'iframe-event-handler', String(COLLIDING_ERROR_CODE)))) return;
    flagged.add(n);
    manual(n, MESSAGE_9836);
  };
  for (const c of data.comparisons) if (Number(c.value) === COLLIDING_ERROR_CODE) flag9836(c.node);
  // …including lookup tables the handler uses (`messages[payload.metainfo.code]` with `const messages = {9836: …}`).
  const scanned = new Set<Node>(data.functions);
  for (const fn of data.functions) {
    for (const id of fn.getDescendantsOfKind(SyntaxKind.Identifier)) {
      const decl = resolveIdentifier(id);
      let init: Node | undefined = decl && Node.isVariableDeclaration(decl) ? decl.getInitializer() : undefined;
      if (init && Node.isNewExpression(init) && init.getExpression().getText() === 'Map') init = init.getArguments()[0]; // `new Map([[9836, '…']])`
      if (init && (Node.isObjectLiteralExpression(init) || Node.isArrayLiteralExpression(init))) scanned.add(init);
    }
  }
  for (const scope of scanned) {
    for (const lit of [...scope.getDescendantsOfKind(SyntaxKind.NumericLiteral), ...scope.getDescendantsOfKind(SyntaxKind.StringLiteral)]) {
      if (codeValue(lit) === COLLIDING_ERROR_CODE) flag9836(lit);
    }
  }

  // The event written whole into a Svelte store its readers can be followed to: those reads are renamed instead.
  const escape = data.escapes.find((e) => {
    const store = types?.textOf ? storeHandoffEdits(e.node, types.fileOf(e.node.getSourceFile()), types.project, types.textOf) : undefined;
    if (store) (plan.textEdits ??= []).push(...store);
    return !store;
  });
  // A handler already on KYX handing its event on needs nothing (round 42: a KYX page relaying over a BroadcastChannel
  // got the marker); an earlier run's marker there is still reported while it stands (a rerun's report matches).
  if (escape && (!kyx || markedAbove(escape.node, 'iframe-event-handler', ESCAPE_NEEDLE))) {
    manual(escape.node, `the ${ESCAPE_NEEDLE} ${short(escape.to)}: code that reads its transactionReference must read ${KYX.workflowExecutionId} (and ${KYX.accountId} is new)`);
  }
  const raw = rawDataEscape(data);
  // So is one passing the posted string on (round 61: a preload checking `.jumio.ai` relaying it over Electron's IPC).
  if (raw && (!kyx || markedAbove(raw.node, 'iframe-event-handler', 'passed on unparsed'))) {
    manual(raw.node, `the Jumio event is passed on unparsed (event.data) to ${short(raw.to)}, so code that parses it there must read ${KYX.workflowExecutionId} instead of transactionReference (and ${KYX.accountId} is new)`);
  }
  return plan;
}

function short(s: string): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > 60 ? `${one.slice(0, 57)}...` : one;
}
