// Proves that a URL expression is the legacy Authentication retrieval `{legacy API host}/api/netverify/v2/
// authentications/{ref}` (or one of its image routes) on every branch, and finds the expression that holds `{ref}`
// at the call site. The shared static evaluator rejects any value with a hole; here exactly one hole is allowed,
// and only as the whole reference segment: everything else (host and path) must be known text.
import { Node } from '#ts-morph';
import { classifyLegacyUrl, type KyxRegion } from '../../../api/index.js';
import { type EvalContext, unwrap } from '../../analysis/eval-context.js';
import { findDeclaration, resolveIdentifier } from '../../analysis/resolve-binding.js';
import { HOLE, evaluateStrings, hasHole, joinWithReference, type Candidate } from '../../analysis/static-strings.js';
import { schemedBases } from '../../analysis/node-http-calls.js';

export interface RetrievalUrl {
  regions: KyxRegion[];
  /** The region of each legacy origin the URL can take (`https://lon.netverify.com` → emea-1). */
  origins: Record<string, KyxRegion>;
  /** What follows the reference: '' for the details route, `images/face`, `images/liveness/2`… */
  rest: string;
  /** The reference as literal text, when the URL spells it. */
  refText?: string;
  /** The expression holding the reference, usable where the call is. */
  refNode?: Node;
}

const SEGMENT = 'authentications/';

function pieceText(c: Candidate): string {
  return c.map((p) => (p.hole ? HOLE : p.text)).join('');
}

/** Every branch must be a legacy API host + the retrieval route, with the same shape of reference. `concat`: the
 * client appends the URL to its base as plain text (bent), so a base ending with `…/authentications/` and the
 * reference alone at the call (`getDetails(ref)`) is the route too. */
export function proveRetrievalUrl(url: Node, ctx: EvalContext, base?: Node, concat = false): RetrievalUrl | undefined {
  let candidates = evaluateStrings(url, ctx);
  const bareReference = concat && candidates.length > 0 && candidates.every((c) => c.length === 1 && c[0]!.hole);
  if (base) {
    const bases = schemedBases(base, evaluateStrings(base, ctx)); // a Node https `hostname` option gets its scheme
    candidates = candidates.flatMap((p) => bases.map((b) => (concat && !hasHole(b) ? [...b, ...p] : joinWithReference(b, p))));
  }
  // `ref ?? ''` / `ref || ''`: the empty fallback of the reference is the same call with nothing in the hole (the
  // legacy API answers it with an error, as KYX does); it was no retrieval route, and the call passed with no item.
  const emptied = new Set(candidates.filter(hasHole).map((c) => pieceText(c).replace(HOLE, '')));
  candidates = candidates.filter((c) => hasHole(c) || !emptied.has(pieceText(c)));
  if (!candidates.length) return undefined;
  const regions: KyxRegion[] = [];
  const origins: Record<string, KyxRegion> = {};
  let rest: string | undefined;
  let refText: string | undefined;
  let holeRef = false;
  for (const c of candidates) {
    const holes = c.filter((p) => p.hole).length;
    if (holes > 1) return undefined;
    const text = pieceText(c);
    const info = classifyLegacyUrl(text);
    if (!info || info.route !== 'auth-retrieval' || info.host.kind !== 'api' || !info.host.region) return undefined;
    if (holes === 1 && info.reference !== HOLE) return undefined;
    if (/[?#]/.test(text.split('://')[1] ?? '')) return undefined;
    const r = info.rest ?? '';
    if (rest !== undefined && rest !== r) return undefined;
    rest = r;
    if (holes === 1) holeRef = true;
    else refText = info.reference;
    if (!regions.includes(info.host.region)) regions.push(info.host.region);
    const origin = /^https?:\/\/[^/]+/i.exec(text)?.[0];
    if (origin) origins[origin.toLowerCase()] = info.host.region;
  }
  if (holeRef && refText !== undefined) return undefined;
  const out: RetrievalUrl = { regions, origins, rest: rest ?? '' };
  if (refText !== undefined) out.refText = refText;
  else {
    const node = bareReference ? url : findRefNode(url, 0, ctx);
    if (!node || !visibleAt(node, url)) return { ...out, refNode: undefined };
    out.refNode = node;
  }
  return out;
}

function literalText(n: Node): string | undefined {
  const u = unwrap(n);
  if (Node.isStringLiteral(u) || Node.isNoSubstitutionTemplateLiteral(u)) return u.getLiteralValue();
  return undefined;
}

function flattenPlus(n: Node, out: Node[]): void {
  const u = unwrap(n);
  if (Node.isBinaryExpression(u) && u.getOperatorToken().getText() === '+') {
    flattenPlus(u.getLeft(), out);
    flattenPlus(u.getRight(), out);
  } else out.push(u);
}

/** Whether every value of `n` ends with `suffix` (literals, templates, constants followed by the evaluator). */
function endsWith(n: Node, suffix: string, ctx: EvalContext): boolean {
  const cs = evaluateStrings(n, ctx);
  return cs.length > 0 && cs.every((c) => {
    const last = c.at(-1);
    return !!last && !last.hole && pieceText(c).endsWith(suffix);
  });
}

/** The expression standing right after `…authentications/` in the URL as written (following same-file
 * variables and URL-builder functions of this file or imported, whose parameters are mapped to the call's arguments). */
function findRefNode(n: Node, depth: number, ctx: EvalContext): Node | undefined {
  if (depth > 6) return undefined;
  const u = unwrap(n);
  if (Node.isTemplateExpression(u)) {
    const spans = u.getTemplateSpans();
    for (let i = 0; i < spans.length; i++) {
      const before = i === 0 ? u.getHead().getLiteralText() : spans[i - 1]!.getLiteral().getLiteralText();
      if (before.endsWith(SEGMENT)) return spans[i]!.getExpression();
      // `${BASE}/${ref}` where BASE ends with …/authentications: the segment is split over a constant and the literal.
      if (i > 0 && SEGMENT.endsWith(before) && endsWith(spans[i - 1]!.getExpression(), SEGMENT.slice(0, SEGMENT.length - before.length), ctx)) {
        return spans[i]!.getExpression();
      }
    }
    for (const s of spans) {
      const inner = findRefNode(s.getExpression(), depth + 1, ctx);
      if (inner) return inner;
    }
    return undefined;
  }
  if (Node.isBinaryExpression(u)) {
    const ops: Node[] = [];
    flattenPlus(u, ops);
    for (let i = 1; i < ops.length; i++) {
      if (literalText(ops[i]!) === undefined && endsWith(ops[i - 1]!, SEGMENT, ctx)) return ops[i];
    }
    for (const o of ops) {
      const inner = Node.isTemplateExpression(o) ? findRefNode(o, depth + 1, ctx) : undefined;
      if (inner) return inner;
    }
    return undefined;
  }
  // new URL(`/api/netverify/v2/authentications/${ref}`, BASE): the reference is in the path argument.
  if (Node.isNewExpression(u) && u.getExpression().getText() === 'URL') {
    const path = u.getArguments()[0];
    return path ? findRefNode(path, depth + 1, ctx) : undefined;
  }
  if (Node.isIdentifier(u)) {
    const decl = findDeclaration(u, u.getText());
    if (Node.isVariableDeclaration(decl) && decl.getSourceFile() === u.getSourceFile()) {
      const init = decl.getInitializer();
      return init ? findRefNode(init, depth + 1, ctx) : undefined;
    }
    return undefined;
  }
  if (Node.isCallExpression(u)) {
    const callee = unwrap(u.getExpression());
    // A builder of this file or imported from another module (`import { authUrl } from './jumio-urls'`), or a method
    // of the calling class (`this.detailsUrl(ref)`).
    const fn = Node.isIdentifier(callee) ? (() => {
      const bound = resolveIdentifier(callee, ctx);
      return bound?.kind === 'function' ? bound.node : undefined;
    })() : ownMethod(callee);
    if (!fn || !(Node.isArrowFunction(fn) || Node.isFunctionDeclaration(fn) || Node.isFunctionExpression(fn) || Node.isMethodDeclaration(fn))) return undefined;
    const body = fn.getBody();
    let returned: Node | undefined;
    if (body && Node.isBlock(body)) {
      const stmts = body.getStatements();
      const last = stmts.at(-1);
      if (stmts.length === 1 && last && Node.isReturnStatement(last)) returned = last.getExpression();
    } else returned = body;
    const inner = returned && findRefNode(returned, depth + 1, ctx);
    if (!inner) return undefined;
    const innerU = unwrap(inner);
    if (Node.isIdentifier(innerU)) {
      const params = fn.getParameters();
      const idx = params.findIndex((p) => p.getName() === innerU.getText());
      if (idx >= 0) return u.getArguments()[idx];
    }
    return undefined;
  }
  return undefined;
}

/** `this.m` inside a class: its method `m` (static when the access is in a static member), if the class declares one. */
function ownMethod(callee: Node): Node | undefined {
  if (!Node.isPropertyAccessExpression(callee) || !Node.isThisExpression(callee.getExpression())) return undefined;
  const cls = callee.getFirstAncestor((a) => Node.isClassDeclaration(a) || Node.isClassExpression(a));
  if (!cls || !(Node.isClassDeclaration(cls) || Node.isClassExpression(cls))) return undefined;
  const member = callee.getFirstAncestor((a) => a.getParent() === cls);
  const inStatic = !!member && (Node.isMethodDeclaration(member) || Node.isPropertyDeclaration(member)) && member.isStatic();
  const ms = cls.getMethods().filter((m) => m.getName() === callee.getName() && m.isStatic() === inStatic);
  return ms.length === 1 && !ms[0]!.getOverloads().length ? ms[0] : undefined;
}

/** The reference expression can be repeated at the call: it lives in the call's function (or module scope). */
function visibleAt(ref: Node, site: Node): boolean {
  if (ref.getSourceFile() !== site.getSourceFile()) return false;
  const refFn = ref.getFirstAncestor((a) => Node.isFunctionLikeDeclaration(a) || Node.isArrowFunction(a) || Node.isFunctionExpression(a));
  if (!refFn) return true;
  return site.getAncestors().includes(refFn);
}
