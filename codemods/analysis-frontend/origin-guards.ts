// Which origin the code at a node runs for. An origin check proves a handler handles Jumio events only where the code
// that reads the event runs when the origin IS Jumio's: `if (event.origin.endsWith('.jumio.ai')) return;` skips the
// identity frame (the rest is another vendor's), and a router with one branch per origin hands each branch its own
// vendor's events (hold-out round 4 lookalikes 13, 15, 42, mixed 02). Conditions are read through `!`, `&&`, `||`,
// `!==`, const aliases (`const ok = origin.endsWith(…)`), if/else, early exits, `cond && …` / ternaries, the case labels of
// `switch (origin)` / `switch (true)` and `indexOf(…)` compared with -1 / 0.
import { Node, SyntaxKind } from '#ts-morph';
import type { OriginCheck } from './origin.js';
import { resolveIdentifier, unwrap } from './syntax.js';

/** What is certain about the origin where code runs: Jumio's, another vendor's, or anything but Jumio's. */
export type Guard = 'jumio' | 'other' | 'not-jumio';

/** How the handler's origin checks bear on its reads: every read is Jumio's (`all`), only those `guard` says are
 * Jumio's (`some`: a router), none (`veto`), or the checks prove nothing (undefined: judged on the event's shape). */
export type OriginProof =
  | { kind: 'all'; vendor: string }
  | { kind: 'some'; vendor: string; guard: (n: Node) => Guard | undefined }
  | { kind: 'veto'; why: string };

type Sites = Map<Node, OriginCheck[]>;

export function originProof(origins: readonly OriginCheck[], nodes: readonly Node[]): OriginProof | undefined {
  const clear = origins.filter((o) => !o.shared);
  const jumio = clear.find((o) => o.vendor !== 'other');
  const other = clear.find((o) => o.vendor === 'other');
  if (!jumio && !other) return undefined;
  const sites: Sites = new Map();
  for (const o of clear) sites.set(o.site, [...(sites.get(o.site) ?? []), o]);
  const guards = nodes.map((n) => guardOf(n, sites));
  const guard = (n: Node): Guard | undefined => guardOf(n, sites);
  const elsewhere = !!other || origins.some((o) => o.shared) || guards.some((g) => g === 'not-jumio' || g === 'other');
  if (jumio && !elsewhere) return { kind: 'all', vendor: jumio.vendor };
  if (jumio && guards.includes('jumio')) return { kind: 'some', vendor: jumio.vendor, guard };
  if (jumio && guards.includes('not-jumio')) return { kind: 'veto', why: `the origin check skips the Jumio web client (${jumio.value})` };
  if (other) return { kind: 'veto', why: `origin checked against a non-Jumio host (${other.value})` };
  return undefined;
}

/** The vendor whose origin is certain where `node` runs (innermost guard first), if any. */
export function guardOf(node: Node, sites: Sites): Guard | undefined {
  for (let c: Node = node, p = c.getParent(); p; c = p, p = p.getParent()) {
    let g: Guard | undefined;
    if (Node.isIfStatement(p) && c !== p.getExpression()) g = vendorWhen(p.getExpression(), c === p.getThenStatement(), sites);
    else if (Node.isConditionalExpression(p) && c !== p.getCondition()) g = vendorWhen(p.getCondition(), c === p.getWhenTrue(), sites);
    else if (Node.isBinaryExpression(p) && p.getRight() === c) {
      const op = p.getOperatorToken().getKind();
      if (op === SyntaxKind.AmpersandAmpersandToken) g = vendorWhen(p.getLeft(), true, sites);
      else if (op === SyntaxKind.BarBarToken) g = vendorWhen(p.getLeft(), false, sites);
    } else if (Node.isBlock(p) || Node.isSourceFile(p) || Node.isCaseClause(p) || Node.isDefaultClause(p)) {
      if (Node.isCaseClause(p) && c === p.getExpression()) continue;
      // `if (!isJumio(origin)) return;` before the statement: the rest runs for Jumio's origin only.
      const stmts = p.getStatements();
      for (let i = stmts.indexOf(c as never) - 1; i >= 0 && !g; i--) {
        const s = stmts[i]!;
        if (Node.isIfStatement(s) && !s.getElseStatement() && exits(s.getThenStatement())) g = vendorWhen(s.getExpression(), false, sites);
      }
      if (!g && (Node.isCaseClause(p) || Node.isDefaultClause(p))) g = caseGuard(p, sites);
    }
    if (g) return g;
    if (Node.isFunctionDeclaration(p) || Node.isMethodDeclaration(p) || Node.isArrowFunction(p) || Node.isFunctionExpression(p)) {
      // Past the function the node belongs to only when it is a callback written inline (same handler).
      if (!Node.isCallExpression(p.getParent() ?? p)) return undefined;
    }
  }
  return undefined;
}

/** What is certain in a case body of `switch (origin)` / `switch (true)`: what every label that reaches it says (its own
 * and those of the cases falling through into it). `default:` and a label the rule cannot read say nothing. */
function caseGuard(clause: Node, sites: Sites): Guard | undefined {
  const clauses = clause.getParentOrThrow().asKindOrThrow(SyntaxKind.CaseBlock).getClauses();
  let g: Guard | undefined;
  for (let i = clauses.indexOf(clause as never); i >= 0; i--) {
    const k = clauses[i]!;
    if (i < clauses.indexOf(clause as never) && exits(k.getStatements().at(-1) ?? k)) break;
    if (!Node.isCaseClause(k)) return undefined;
    const label = vendorWhen(k.getExpression(), true, sites);
    if (!label) return undefined;
    g = g ? either(g, label) : label;
    if (!g) return undefined;
  }
  return g;
}

function exits(s: Node): boolean {
  if (Node.isReturnStatement(s) || Node.isThrowStatement(s) || Node.isContinueStatement(s) || Node.isBreakStatement(s)) return true;
  if (Node.isBlock(s)) {
    const last = s.getStatements().at(-1);
    return !!last && exits(last);
  }
  return false;
}

/** Both hold (`a && b` true): what either says. One of them holds: only what both say. */
function both(x: Guard | undefined, y: Guard | undefined): Guard | undefined {
  if (!x || !y || x === y) return x ?? y;
  return x !== 'jumio' && y !== 'jumio' ? 'other' : undefined;
}
function either(x: Guard | undefined, y: Guard | undefined): Guard | undefined {
  if (x === y) return x;
  return x && y && x !== 'jumio' && y !== 'jumio' ? 'not-jumio' : undefined;
}

/** What is certain about the origin when `cond` evaluates to `truth`. */
function vendorWhen(cond: Node, truth: boolean, sites: Sites, depth = 0, compared = false): Guard | undefined {
  const c = unwrap(cond);
  if (depth > 4) return undefined;
  if (Node.isPrefixUnaryExpression(c) && c.getOperatorToken() === SyntaxKind.ExclamationToken) return vendorWhen(c.getOperand(), !truth, sites, depth + 1);
  // origin.indexOf(X) compared with -1 / 0 (either side): true when found, or true when not found.
  if (Node.isBinaryExpression(c)) {
    const found = indexOfPolarity(c, sites);
    if (found && found.oneSided && truth !== found.whenTrue) return undefined;
    if (found) return vendorWhen(found.call, found.whenTrue === truth, sites, depth + 1, true);
    if (found === null) return undefined;
  }
  // ~origin.indexOf(X) is truthy when found.
  if (Node.isPrefixUnaryExpression(c) && c.getOperatorToken() === SyntaxKind.TildeToken && isIndexOf(unwrap(c.getOperand()))) {
    return vendorWhen(c.getOperand(), truth, sites, depth + 1, true);
  }
  const checks = sites.get(c);
  // A bare indexOf is truthy when not at the front (and when absent): it says nothing.
  if (checks && isIndexOf(c) && !compared) return undefined;
  if (checks) {
    const vendors = new Set(checks.map((o) => (o.vendor === 'other' ? 'other' : 'jumio')));
    const negated = Node.isBinaryExpression(c) && ['!==', '!='].includes(c.getOperatorToken().getText());
    if (vendors.size !== 1) return undefined;
    const v = [...vendors][0] as Guard;
    // Not another vendor's origin says nothing; not Jumio's says the code is not Jumio's.
    return truth !== negated ? v : v === 'jumio' ? 'not-jumio' : undefined;
  }
  if (Node.isBinaryExpression(c)) {
    const op = c.getOperatorToken().getKind();
    if (op !== SyntaxKind.AmpersandAmpersandToken && op !== SyntaxKind.BarBarToken) return undefined;
    const [x, y] = [vendorWhen(c.getLeft(), truth, sites, depth + 1), vendorWhen(c.getRight(), truth, sites, depth + 1)];
    return (op === SyntaxKind.AmpersandAmpersandToken) === truth ? both(x, y) : either(x, y);
  }
  if (Node.isIdentifier(c)) {
    const decl = resolveIdentifier(c);
    const init = decl && Node.isVariableDeclaration(decl) && decl.getVariableStatement()?.getDeclarationKind() === 'const' ? decl.getInitializer() : undefined;
    return init ? vendorWhen(init, truth, sites, depth + 1) : undefined;
  }
  return undefined;
}

function isIndexOf(n: Node): boolean {
  return Node.isCallExpression(n) && Node.isPropertyAccessExpression(n.getExpression()) && n.getExpression().getText().endsWith('.indexOf');
}

/** `call !== -1`, `call > -1`, `call >= 0` (true: found), `call === -1`, `call < 0` (true: absent), `call === 0` (true:
 * found at the front; false: nothing certain), operands either way round. `whenTrue`: what the comparison's truth
 * means; `oneSided`: its falsity says nothing. null: an indexOf compared otherwise (proves nothing). */
function indexOfPolarity(c: Node, sites: Sites): { call: Node; whenTrue: boolean; oneSided?: boolean } | null | undefined {
  if (!Node.isBinaryExpression(c)) return undefined;
  const [l, r] = [unwrap(c.getLeft()), unwrap(c.getRight())];
  const flip: Record<string, string> = { '<': '>', '>': '<', '<=': '>=', '>=': '<=' };
  let op = c.getOperatorToken().getText();
  let call: Node, num: Node;
  if (isIndexOf(l) && sites.has(l)) [call, num] = [l, r];
  else if (isIndexOf(r) && sites.has(r)) [call, num, op] = [r, l, flip[op] ?? op];
  else return undefined;
  const k = op + num.getText().replace(/\s+/g, '');
  if (['!==-1', '!=-1', '>-1', '>=0'].includes(k)) return { call, whenTrue: true };
  if (['===-1', '==-1', '<0', '<=-1'].includes(k)) return { call, whenTrue: false };
  if (['===0', '==0'].includes(k)) return { call, whenTrue: true, oneSided: true };
  if (['!==0', '!=0'].includes(k)) return { call, whenTrue: false, oneSided: true };
  return null;
}
