// Flags other rules left in this run that already name an endpoint: the node a flag stands on, and a URL const read
// only inside such flagged calls (the catch-all rule then adds no second item there).
import { ts } from '#ts-morph';
import type { PriorWork } from '../../engine/types.js';

/** The outermost node of `within` that starts at `pos` (the node a rule flagged there). */
export function nodeStartingAt(within: ts.Node, pos: number, sf: ts.SourceFile): ts.Node | undefined {
  if (within.getStart(sf) === pos) return within;
  let found: ts.Node | undefined;
  ts.forEachChild(within, (c) => {
    if (!found && c.getStart(sf) <= pos && pos < c.end) found = nodeStartingAt(c, pos, sf);
  });
  return found;
}

/** A legacy URL held by a file-local `const` whose every read sits in a call another rule flagged (a proven initiate
 * or retrieval it could not migrate, e.g. headers in a `new Headers()`): that flag already names the endpoint, and a
 * second marker here would say no call using it was proven (hold-out round 6). `others`: the other rules' work. */
export function readOnlyByFlaggedCalls(others: readonly PriorWork[], node: ts.Node, sf: ts.SourceFile, offset: number): boolean {
  const decl = node.parent;
  if (!decl || !ts.isVariableDeclaration(decl) || decl.initializer !== node || !ts.isIdentifier(decl.name)) return false;
  const list = decl.parent;
  const stmt = list?.parent;
  if (!list || !ts.isVariableDeclarationList(list) || !(list.flags & ts.NodeFlags.Const) || !stmt || !ts.isVariableStatement(stmt)) return false;
  if (stmt.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) return false;
  const name = decl.name.text;
  if (new RegExp(`\\bexports\\b[^;]*\\b${name}\\b`).test(sf.text)) return false;
  // A call the same rule migrated (edits inside it) was flagged about the migration (its helper), not this endpoint.
  const migrated = (w: PriorWork, n: ts.Node) => others.some((x) => x.rule === w.rule && x.kind === 'edit' && x.start - offset >= n.getStart(sf) && x.end - offset <= n.end);
  // A callback handler's flag is about the form it reads, never an endpoint: a retrieval inside it is not named by it
  // (hold-out round 65: the legacy retrieval URL a handler's `Q.nfcall(request.get, …)` reads went unreported).
  const flagged = others.filter((w) => w.rule !== 'callback-handler' && w.kind === 'manual').map((w) => [w, nodeStartingAt(sf, w.start - offset, sf)] as const)
    .filter((p): p is readonly [PriorWork, ts.Node] => !!p[1] && p[1] !== stmt && !migrated(p[0], p[1])).map((p) => p[1]);
  const reads: ts.Node[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isIdentifier(n) && n.text === name && n !== decl.name) reads.push(n);
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return reads.length > 0 && reads.every((r) => flagged.some((f) => f.getStart(sf) <= r.getStart(sf) && r.end <= f.end));
}
