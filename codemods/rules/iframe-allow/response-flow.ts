// Does a member read (`res.data.redirectUrl`, `body.web.href`, `const { redirectUrl } = data`) take its value
// from the response of an initiate call — a legacy initiate (proven by codemods/analysis) or, after the backend
// rules ran, the migrated KYX account call? Follows the usual shapes: `.data`/`.body`, `await`, `.json()`,
// local bindings. Anything else is not proven.
import { Node, SyntaxKind } from '#ts-morph';
import { KYX_REGIONS, kyxAccountsUrl, LEGACY, KYX } from '../../../api/index.js';
import type { EvalContext } from '../../analysis/eval-context.js';
import { recogniseHttpCall } from '../../analysis/http-calls.js';
import { resolveLegacyEndpoint } from '../../analysis/legacy-endpoint.js';
import { candidateText, evaluateStrings } from '../../analysis/static-strings.js';
import { memberName, resolveIdentifier, unwrap } from '../../analysis-frontend/syntax.js';

const INITIATE_ROUTES = new Set(['auth-initiate', 'v4-initiate']);
const WRAPPERS = new Set(['data', 'body']);

function isKyxAccountsUrl(url: Node, ectx: EvalContext): boolean {
  const cands = evaluateStrings(url, ectx);
  return cands.length > 0 && cands.every((c) => KYX_REGIONS.some((r) => candidateText(c).startsWith(kyxAccountsUrl(r))));
}

/** The initiate call a response value comes from: 'legacy' | 'kyx' | undefined. */
function responseOrigin(expr: Node, ectx: EvalContext, depth = 0): 'legacy' | 'kyx' | undefined {
  if (depth > 8) return undefined;
  const e = unwrap(expr);
  if (Node.isAwaitExpression(e)) return responseOrigin(e.getExpression(), ectx, depth + 1);
  if ((Node.isPropertyAccessExpression(e) || Node.isElementAccessExpression(e)) && WRAPPERS.has(memberName(e) ?? '')) {
    return responseOrigin(e.getExpression(), ectx, depth + 1);
  }
  if (Node.isIdentifier(e)) {
    const decl = resolveIdentifier(e);
    if (decl && Node.isVariableDeclaration(decl) && Node.isIdentifier(decl.getNameNode())) {
      const init = decl.getInitializer();
      return init ? responseOrigin(init, ectx, depth + 1) : undefined;
    }
    if (decl && Node.isVariableDeclaration(decl) && Node.isObjectBindingPattern(decl.getNameNode()) && decl.getInitializer()) {
      // const { data } = await axios.post(…)
      const el = (decl.getNameNode() as import('ts-morph').ObjectBindingPattern).getElements().find((b) => b.getName() === e.getText());
      const key = el && (el.getPropertyNameNode()?.getText() ?? el.getName());
      return key && WRAPPERS.has(key) ? responseOrigin(decl.getInitializer()!, ectx, depth + 1) : undefined;
    }
    if (decl && Node.isBindingElement(decl)) {
      // const { data } = await axios.post(…)
      const name = decl.getPropertyNameNode()?.getText() ?? decl.getName();
      const pattern = decl.getParent();
      const vd = pattern?.getParent();
      if (WRAPPERS.has(name) && vd && Node.isVariableDeclaration(vd) && vd.getInitializer()) return responseOrigin(vd.getInitializer()!, ectx, depth + 1);
    }
    if (decl && Node.isParameterDeclaration(decl)) {
      // call(…).then((res) => …): the first parameter of a `.then` callback is the promise's value.
      const fn = decl.getParent();
      const then = fn?.getParent();
      if (fn && then && (Node.isArrowFunction(fn) || Node.isFunctionExpression(fn)) && Node.isCallExpression(then) && then.getArguments()[0] === fn && fn.getParameters()[0] === decl) {
        const callee = then.getExpression();
        if (Node.isPropertyAccessExpression(callee) && callee.getName() === 'then') return responseOrigin(callee.getExpression(), ectx, depth + 1);
      }
      // request(options, (err, response, body) => …): the callback's response and body are the call's.
      const at = fn && (Node.isArrowFunction(fn) || Node.isFunctionExpression(fn)) ? fn.getParameters().indexOf(decl) : -1;
      if (then && Node.isCallExpression(then) && then.getArguments().at(-1) === fn && (at === 1 || at === 2) && recogniseHttpCall(then)) {
        return responseOrigin(then, ectx, depth + 1);
      }
    }
    return undefined;
  }
  if (!Node.isCallExpression(e)) return undefined;
  const callee = e.getExpression();
  if (Node.isPropertyAccessExpression(callee) && callee.getName() === 'json' && e.getArguments().length === 0) {
    return responseOrigin(callee.getExpression(), ectx, depth + 1);
  }
  const call = recogniseHttpCall(e);
  if (!call) return undefined;
  const legacy = resolveLegacyEndpoint(call.url, ectx, call.base);
  if (legacy && INITIATE_ROUTES.has(legacy.route)) return 'legacy';
  if (!call.base && isKyxAccountsUrl(call.url, ectx)) return 'kyx';
  return undefined;
}

export function initiateResponseFlow(ectx: EvalContext): (read: Node) => string | undefined {
  return (read: Node): string | undefined => {
    let base: Node | undefined;
    let field: 'legacy' | 'kyx' | undefined;
    if (Node.isBindingElement(read)) {
      const key = read.getPropertyNameNode()?.getText() ?? read.getName();
      const vd = read.getParent()?.getParent();
      if (key === LEGACY.redirectUrl && vd && Node.isVariableDeclaration(vd)) {
        base = vd.getInitializer();
        field = 'legacy';
      }
      // const { web: { href } } = await res.json(): what the initiate rules write for a destructured redirectUrl.
      const outer = vd && Node.isBindingElement(vd) ? vd : undefined;
      const top = outer?.getParent()?.getParent();
      if (key === KYX.href && outer && (outer.getPropertyNameNode()?.getText() ?? outer.getName()) === KYX.web && top && Node.isVariableDeclaration(top)) {
        base = top.getInitializer();
        field = 'kyx';
      }
    } else if (Node.isPropertyAccessExpression(read) || Node.isElementAccessExpression(read)) {
      const name = memberName(read);
      const obj = read.getExpression();
      if (name === LEGACY.redirectUrl) {
        base = obj;
        field = 'legacy';
      } else if (name === KYX.href && (Node.isPropertyAccessExpression(unwrap(obj)) || Node.isElementAccessExpression(unwrap(obj))) && memberName(unwrap(obj)) === KYX.web) {
        base = (unwrap(obj) as import('ts-morph').PropertyAccessExpression).getExpression();
        field = 'kyx';
      }
    }
    if (!base || !field) return undefined;
    const origin = responseOrigin(base, ectx);
    if (!origin) return undefined;
    // A migrated call answers web.href; a legacy one redirectUrl. Either is the web client's address.
    return origin === 'legacy' ? 'src comes from a legacy initiate response' : 'src comes from the KYX initiate response (web.href)';
  };
}
