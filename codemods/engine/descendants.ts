// Fast descendant search for rules: the nodes of some kinds under a SourceFile, in the order ts-morph's
// `getDescendants()` yields them, found in a per-parse index of the raw TypeScript tree, wrapping only the matches.
// `getDescendants()` wraps every node and every token (it scans tokens through `getChildren()`), and
// `getDescendantsOfKind()` for token kinds (string literals, identifiers) takes the same slow path; on a 40 KB
// file that is most of a rule's time. JSDoc nodes are visited first, as `getChildren()` does, so the result is
// the same list for any kind of real (parsed) node; synthetic tokens and SyntaxList nodes are never returned.
import { ts, type Node, type SourceFile } from '#ts-morph';

interface Wrapper {
  _getNodeFromCompilerNode(n: ts.Node): Node;
}

/** Every node of a parsed file in document pre-order, and per kind the positions of its nodes in that order. Built
 * by one walk the first time a rule asks; every later search of the same parse (rules ask a dozen times per file)
 * reads the buckets instead of walking the tree again. */
interface KindIndex {
  nodes: ts.Node[];
  byKind: Map<ts.SyntaxKind, number[]>;
}
const indexes = new WeakMap<ts.SourceFile, KindIndex>();

function indexOf(sf: ts.SourceFile): KindIndex {
  let idx = indexes.get(sf);
  if (idx) return idx;
  const nodes: ts.Node[] = [];
  const byKind = new Map<ts.SyntaxKind, number[]>();
  const visit = (n: ts.Node): void => {
    let bucket = byKind.get(n.kind);
    if (!bucket) byKind.set(n.kind, (bucket = []));
    bucket.push(nodes.length);
    nodes.push(n);
    walkChildren(n);
  };
  const walkChildren = (n: ts.Node): void => {
    const docs = (n as { jsDoc?: ts.Node[] }).jsDoc;
    if (docs) for (const d of docs) visit(d);
    ts.forEachChild(n, visit);
  };
  walkChildren(sf);
  idx = { nodes, byKind };
  indexes.set(sf, idx);
  return idx;
}

/** The raw nodes under `sf` (not `sf` itself) whose kind is in `kinds`, in document pre-order, from the per-parse
 * index (for analyses that never need a wrapper). */
export function rawDescendantsOfKinds(sf: ts.SourceFile, kinds: ReadonlySet<ts.SyntaxKind>): ts.Node[] {
  const { nodes, byKind } = indexOf(sf);
  let at: number[] = [];
  for (const k of kinds) {
    const bucket = byKind.get(k);
    if (bucket) at = at.length === 0 ? bucket : [...at, ...bucket];
  }
  if (kinds.size > 1) at = [...at].sort((a, b) => a - b);
  return at.map((i) => nodes[i]!);
}

/** Every node under `sf` (not `sf` itself) whose kind is in `kinds` and that passes `keep` (checked on the raw
 * node, before wrapping), in document pre-order. */
export function descendantsOfKinds(sf: SourceFile, kinds: ReadonlySet<ts.SyntaxKind>, keep?: (n: ts.Node) => boolean): Node[] {
  const w = sf as unknown as Wrapper;
  const out: Node[] = [];
  for (const n of rawDescendantsOfKinds(sf.compilerNode, kinds)) if (!keep || keep(n)) out.push(w._getNodeFromCompilerNode(n));
  return out;
}

/** The raw nodes under `root` (not `root` itself) whose kind is in `kinds`, in document pre-order. `jsDoc`: also
 * inside JSDoc comments, as ts-morph's getDescendantsOfKind does for token kinds (identifiers, `this`) and
 * getDescendants does; without it, as forEachDescendant and getDescendantsOfKind for node kinds do. A whole file
 * is read from its index; a subtree is walked (raw nodes only: nothing is wrapped). */
export function rawDescendantsUnder(root: ts.Node, kinds: ReadonlySet<ts.SyntaxKind>, jsDoc: boolean): ts.Node[] {
  if (ts.isSourceFile(root)) {
    const all = rawDescendantsOfKinds(root, kinds);
    // The parser flags every node it reads inside a JSDoc comment.
    return jsDoc ? all : all.filter((n) => (n.flags & ts.NodeFlags.JSDoc) === 0);
  }
  const out: ts.Node[] = [];
  const visit = (n: ts.Node): void => {
    if (kinds.has(n.kind)) out.push(n);
    walk(n);
  };
  const walk = (n: ts.Node): void => {
    const docs = jsDoc ? (n as { jsDoc?: ts.Node[] }).jsDoc : undefined;
    if (docs) for (const d of docs) visit(d);
    ts.forEachChild(n, visit);
  };
  walk(root);
  return out;
}

/** rawDescendantsUnder, wrapping only the nodes that pass `keep` (checked on the raw node). */
export function descendantsUnder(root: Node, kinds: ReadonlySet<ts.SyntaxKind>, opts: { jsDoc: boolean; keep?: (n: ts.Node) => boolean }): Node[] {
  const w = root as unknown as Wrapper;
  const out: Node[] = [];
  for (const n of rawDescendantsUnder(root.compilerNode, kinds, opts.jsDoc)) if (!opts.keep || opts.keep(n)) out.push(w._getNodeFromCompilerNode(n));
  return out;
}

/** The text of a raw node as ts-morph's getText() gives it (from its first token, trivia excluded). */
export function rawText(n: ts.Node, sf: ts.SourceFile = n.getSourceFile()): string {
  return sf.text.slice(n.getStart(sf), n.end);
}

/** The identifiers under `root` spelled `name` in the source (what getText() gives), in document order; only those
 * are wrapped. `jsDoc` as for rawDescendantsUnder. */
export function identifiersSpelled(root: Node, name: string, jsDoc: boolean): Node[] {
  const sf = root.getSourceFile().compilerNode;
  return descendantsUnder(root, IDENTIFIERS, { jsDoc, keep: (n) => n.end - n.pos >= name.length && rawText(n, sf) === name });
}
export const IDENTIFIERS: ReadonlySet<ts.SyntaxKind> = new Set([ts.SyntaxKind.Identifier]);

/** The ts-morph wrapper of a raw node of `sf` (created on first use, as ts-morph itself does). */
export function wrapRaw(sf: SourceFile, n: ts.Node): Node {
  return (sf as unknown as Wrapper)._getNodeFromCompilerNode(n);
}

export const CALLS: ReadonlySet<ts.SyntaxKind> = new Set([ts.SyntaxKind.CallExpression]);

/** A raw `keep` filter: a call `x.name(…)` whose member name (as written, escapes decoded) is one of `names`. */
export function calleeNamed(n: ts.Node, names: ReadonlySet<string>): boolean {
  const callee = (n as ts.CallExpression).expression;
  return ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.name) && names.has(callee.name.text);
}
