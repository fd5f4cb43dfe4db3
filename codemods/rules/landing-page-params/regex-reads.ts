// A landing page that reads the redirect query with regular expressions (hold-out round 7):
// `(/[?&]transactionStatus=([^&]*)/.exec(location.search) || [])[1]`, `location.search.match(/transactionReference=([^&]+)/)`.
// The name inside the literal is the read; the subject must be the page URL (`location.search`/`href`/`hash`,
// `document.URL`, or a variable holding one). Reads of one subject form one group, like one query object's.
import { Node, SyntaxKind, type SourceFile } from '#ts-morph';
import { referencesOf, resolveIdentifier, unwrap } from '../../analysis-frontend/syntax.js';
import type { ParamRead } from './query-reads.js';
import { descendantsOfKinds } from '../../engine/descendants.js';

const PAGE_URL = /^(window\.)?(document\.)?location\.(search|href|hash)$|^document\.URL$/;

const REGEX_LITERALS = new Set([SyntaxKind.RegularExpressionLiteral]);

export function regexParamReads(sf: SourceFile, names: ReadonlySet<string>): ParamRead[] {
  const out: ParamRead[] = [];
  // Most files hold no `name=` at all; the per-parse index spares wrapping every node of those that do.
  const text = sf.getFullText();
  if (![...names].some((n) => text.includes(`${n}=`))) return out;
  for (const re of descendantsOfKinds(sf, REGEX_LITERALS)) {
    const source = re.getText().slice(1, re.getText().lastIndexOf('/'));
    // The parameter's name as a key of the query string: after start, `?`, `&` or `[?&]`, before `=`.
    const name = [...names].find((n) => new RegExp(`(^|[?&\\]^(|])${n}=`).test(source));
    if (!name) continue;
    const use = regexUse(re);
    const key = use && pageUrlKey(use.subject);
    if (!use || !key) continue;
    out.push({ name, nameNode: re, kind: 'literal', group: `regex@${key}`, value: valueOf(use.call), sourceExpr: use.subject });
  }
  return out;
}

/** `re.exec(subject)` or `subject.match(re)`, with `re` the literal or a const holding it. */
function regexUse(re: Node): { call: Node; subject: Node } | undefined {
  let at: Node = re;
  const decl = re.getParentIfKind(SyntaxKind.VariableDeclaration);
  const id = decl?.getNameNode();
  const uses = decl && id && Node.isIdentifier(id)
    ? referencesOf(decl.getSourceFile(), id.getText()).filter((r) => r !== id && resolveIdentifier(r) === decl) : [];
  if (decl && uses.length === 1) at = uses[0]!;
  const p = at.getParent();
  if (p && Node.isPropertyAccessExpression(p) && p.getExpression() === at && p.getName() === 'exec') {
    const call = p.getParentIfKind(SyntaxKind.CallExpression);
    const subject = call?.getArguments()[0];
    return call && subject ? { call, subject } : undefined;
  }
  const call = p && Node.isCallExpression(p) && p.getArguments()[0] === at ? p : undefined;
  const callee = call?.getExpression();
  return call && callee && Node.isPropertyAccessExpression(callee) && callee.getName() === 'match' ? { call, subject: callee.getExpression() } : undefined;
}

/** A key for the page URL `subject` denotes, or undefined when it is not the page URL. */
function pageUrlKey(subject: Node): string | undefined {
  const u = unwrap(subject);
  if (PAGE_URL.test(u.getText().replace(/\s+/g, ''))) return 'location';
  if (!Node.isIdentifier(u)) return undefined;
  const decl = resolveIdentifier(u);
  const init = decl && Node.isVariableDeclaration(decl) ? decl.getInitializer() : undefined;
  return init && PAGE_URL.test(unwrap(init).getText().replace(/\s+/g, '')) ? 'location' : undefined;
}

/** The expression that holds the parameter's value: the match through `|| []`, parentheses and `[1]` / `?.[1]`. */
function valueOf(call: Node): Node {
  let cur = call;
  for (let p = cur.getParent(); p; p = cur.getParent()) {
    const wraps = Node.isParenthesizedExpression(p)
      || (Node.isBinaryExpression(p) && p.getLeft() === cur && ['||', '??'].includes(p.getOperatorToken().getText()))
      || (Node.isElementAccessExpression(p) && p.getExpression() === cur);
    if (!wraps) break;
    cur = p;
  }
  return cur;
}
