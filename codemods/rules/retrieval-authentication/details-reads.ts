// Rewrites reads of the retrieval details where the KYX field is an exact move, and flags the others with
// where the information is now (transactionResult with the whole §5.8 table).
import { Node, type BindingElement } from '#ts-morph';
import { findRetrievalField, transactionResultTableText, LEGACY } from '../../../api/index.js';
import type { EditSet } from '../../analysis/edit-set.js';
import type { DetailsFlow } from './details-flow.js';

/** Both exact moves go under the same KYX object (`workflow`). */
const AUTH_RETRIEVAL_OUTER = findRetrievalField(LEGACY.transactionReference)!.kyx![0]!;

/** Remove a binding element and its separating comma. */
function removeElement(el: BindingElement, edits: EditSet): void {
  const pattern = el.getParentOrThrow();
  const els = (pattern as unknown as { getElements(): BindingElement[] }).getElements();
  const i = els.indexOf(el);
  if (i > 0) edits.replaceRange(el, els[i - 1]!.getEnd(), el.getEnd(), '', 'merged into the workflow element');
  else if (els[i + 1]) edits.replaceRange(el, el.getStart(), els[i + 1]!.getStart(), '', 'merged into the workflow element');
}

export function flagMessage(name: string): string {
  const f = findRetrievalField(name)!;
  if (name === LEGACY.transactionResult) {
    return `transactionResult is not in the KYX workflow details: derive it from ${f.where} (${transactionResultTableText()})`;
  }
  return `${name} is not in the KYX workflow details (${f.certainty}): ${f.where}`;
}

const LEAVES_MESSAGE =
  'the retrieval details leave here whole and now have the KYX shape: transactionReference → workflow.id, userReference → ' +
  'workflow.userReference; transactionResult, transactionDate, scanSource, enrollmentTransactionReference, images and ' +
  'livenessImages are gone (see MIGRATION.md, retrieval-authentication); check every reader downstream';

/** Flags a field that did not move, once per run of consecutive lines: four reads of `details.transactionResult` one
 * under the other get one marker above the first (round-22 hold-out: four copies of the §5.8 table in four lines). */
function flagger(edits: EditSet): (node: Node, name: string) => void {
  const lastLine = new Map<string, number>();
  return (node, name) => {
    const line = node.getStartLineNumber();
    const last = lastLine.get(name);
    lastLine.set(name, line);
    if (last === undefined || line - last > 1 || line < last) edits.addManual(node, flagMessage(name));
  };
}

export function rewriteReads(flow: DetailsFlow, edits: EditSet, q: string): void {
  const flag = flagger(edits);
  for (const { node, name } of [...flow.reads].sort((a, b) => a.node.getStart() - b.node.getStart())) {
    const f = findRetrievalField(name);
    if (!f) continue;
    if (f.certainty !== 'exact') {
      flag(node, name);
      continue;
    }
    const [outer, inner] = f.kyx!;
    if (Node.isPropertyAccessExpression(node)) {
      edits.replaceNode(node.getNameNode(), `${outer}.${inner}`, `retrieval details: ${name} → ${outer}.${inner}`);
    } else if (Node.isElementAccessExpression(node)) {
      const arg = node.getArgumentExpressionOrThrow();
      edits.replaceNode(arg, `${q}${outer}${q}][${q}${inner}${q}`, `retrieval details: ${name} → ${outer}.${inner}`);
    }
  }
  // Destructuring: exact fields of one pattern are merged under one `workflow: { … }` element.
  const groups = new Map<Node, { el: BindingElement; inner: string }[]>();
  for (const el of flow.destructs) {
    const keyNode = el.getPropertyNameNode() ?? el.getNameNode();
    const name = keyNode.getText().replace(/^['"]|['"]$/g, '');
    const f = findRetrievalField(name);
    if (!f) continue;
    if (f.certainty !== 'exact') {
      flag(el, name);
      continue;
    }
    const [, inner] = f.kyx!;
    const local = el.getNameNode().getText();
    const init = el.getInitializer();
    const tail = init ? ` = ${init.getText()}` : '';
    const leaf = local === inner ? `${inner}${tail}` : `${inner}: ${local}${tail}`;
    const pattern = el.getParentOrThrow();
    const list = groups.get(pattern) ?? [];
    list.push({ el, inner: leaf });
    groups.set(pattern, list);
  }
  for (const list of groups.values()) {
    const outer = AUTH_RETRIEVAL_OUTER;
    const first = list[0]!;
    edits.replaceNode(first.el, `${outer}: { ${list.map((x) => x.inner).join(', ')} }`,
      `retrieval details: ${list.map((x) => x.el.getPropertyNameNode()?.getText() ?? x.el.getNameNode().getText()).join(', ')} → ${outer}.*`);
    for (const { el } of list.slice(1)) removeElement(el, edits);
  }
  for (const n of flow.leaves) edits.addManual(n, LEAVES_MESSAGE);
}
