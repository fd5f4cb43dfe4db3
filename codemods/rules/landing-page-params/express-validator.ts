// express-validator on an Express landing route (round-8 hold-out): `query('transactionStatus').isIn([…])` names
// a query parameter — the string is the read, and a KYX redirect fails the chain unless it is renamed — and the
// route's `matchedData(req)` is the validated query, read by member or destructuring. Both are grouped by the route
// call they are arguments of. A chain that admits a status Jumio never sends (`isIn(['COMPLETED', 'FAILED'])`,
// `.equals('PAID')`) makes the route another provider's: none of its reads are returned.
import { Node, SyntaxKind, type CallExpression, type SourceFile } from '#ts-morph';
import { memberName, memberObject, resolveIdentifier, stringValue, unwrap } from '../../analysis-frontend/syntax.js';
import type { ParamRead } from './query-reads.js';

const MODULE = 'express-validator';
const JUMIO_STATUS = new Set(['SUCCESS', 'ERROR']);

/** Local names of express-validator's `query` / `matchedData`, imported or required. */
function importedNames(sf: SourceFile): { query: Set<string>; matched: Set<string> } {
  const out = { query: new Set<string>(), matched: new Set<string>() };
  const add = (name: string, local: string): void => {
    if (name === 'query') out.query.add(local);
    if (name === 'matchedData') out.matched.add(local);
  };
  for (const imp of sf.getImportDeclarations()) {
    if (imp.getModuleSpecifierValue() === MODULE) for (const s of imp.getNamedImports()) add(s.getName(), s.getAliasNode()?.getText() ?? s.getName());
  }
  for (const d of sf.getDescendantsOfKind(SyntaxKind.VariableDeclaration)) {
    const init = d.getInitializer();
    const pattern = d.getNameNode();
    if (!init || !Node.isObjectBindingPattern(pattern) || !/^require\(\s*['"]express-validator['"]\s*\)$/.test(unwrap(init).getText())) continue;
    for (const el of pattern.getElements()) add(el.getPropertyNameNode()?.getText() ?? el.getName(), el.getName());
  }
  return out;
}

/** The route call (`router.get(path, …validators, handler)`) a node is an argument of, directly or inside a handler. */
function routeCall(n: Node): CallExpression | undefined {
  for (let cur: Node | undefined = n; cur; cur = cur.getParent()) {
    const p = cur.getParent();
    if (p && Node.isCallExpression(p) && p.getArguments().includes(cur as never) && Node.isPropertyAccessExpression(p.getExpression())) return p;
  }
  return undefined;
}

/** Status values a validator chain admits: `.isIn([…])` and `.equals('…')` after the `query('…')` call. */
function admitted(call: CallExpression): string[] {
  const out: string[] = [];
  for (let cur: Node = call; ; ) {
    const access = cur.getParent();
    const next = access?.getParent();
    if (!access || !next || !Node.isPropertyAccessExpression(access) || !Node.isCallExpression(next)) return out;
    const arg = next.getArguments()[0] && unwrap(next.getArguments()[0]!);
    if (access.getName() === 'isIn' && arg && Node.isArrayLiteralExpression(arg)) out.push(...arg.getElements().map((e) => stringValue(e) ?? ''));
    if (access.getName() === 'equals') out.push(stringValue(arg) ?? '');
    cur = next;
  }
}

export function expressValidatorReads(sf: SourceFile, names: ReadonlySet<string>): ParamRead[] {
  if (!sf.getFullText().includes(MODULE)) return [];
  const { query, matched } = importedNames(sf);
  const byRoute = new Map<CallExpression, ParamRead[]>();
  const foreign = new Set<CallExpression>();
  const push = (route: CallExpression, r: ParamRead): void => { byRoute.set(route, [...(byRoute.get(route) ?? []), r]); };
  for (const call of sf.getDescendantsOfKind(SyntaxKind.CallExpression)) {
    const callee = call.getExpression();
    if (!Node.isIdentifier(callee)) continue;
    const route = routeCall(call);
    if (!route) continue;
    const group = `express-validator@${route.getStart()}`;
    if (query.has(callee.getText())) {
      const arg = call.getArguments()[0];
      const name = stringValue(arg);
      if (name === undefined || !names.has(name)) continue;
      if (name === 'transactionStatus' && admitted(call).some((v) => !JUMIO_STATUS.has(v))) foreign.add(route);
      push(route, { name, nameNode: arg!, kind: 'literal', group, value: call, sourceExpr: call });
    } else if (matched.has(callee.getText())) {
      for (const r of objectReads(call, names, group)) push(route, r);
    }
  }
  return [...byRoute].filter(([route, reads]) => !foreign.has(route) && reads.some((r) => r.kind === 'literal')).flatMap(([, reads]) => reads);
}

/** `const { transactionStatus } = matchedData(req)`, or `const data = matchedData(req)` read as `data.transactionStatus`. */
function objectReads(call: CallExpression, names: ReadonlySet<string>, group: string): ParamRead[] {
  const decl = call.getParent();
  if (!decl || !Node.isVariableDeclaration(decl) || decl.getInitializer() !== call) return [];
  const id = decl.getNameNode();
  if (Node.isObjectBindingPattern(id)) {
    return id.getElements().flatMap((el) => {
      const keyNode = el.getPropertyNameNode() ?? el.getNameNode();
      return names.has(keyNode.getText()) ? [{ name: keyNode.getText(), nameNode: keyNode, kind: 'binding' as const, binding: el, group, value: el, sourceExpr: call }] : [];
    });
  }
  if (!Node.isIdentifier(id)) return [];
  const scope = decl.getFirstAncestor((a) => Node.isFunctionLikeDeclaration(a)) ?? decl.getSourceFile();
  return scope.getDescendantsOfKind(SyntaxKind.Identifier).flatMap((ref) => {
    const p = ref.getParent();
    const name = p && memberObject(p) === ref && Node.isPropertyAccessExpression(p) ? memberName(p) : undefined;
    if (!name || !names.has(name) || resolveIdentifier(ref) !== decl) return [];
    return [{ name, nameNode: (p as import('ts-morph').PropertyAccessExpression).getNameNode(), kind: 'member' as const, group, value: p!, sourceExpr: ref }];
  });
}
