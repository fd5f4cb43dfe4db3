// Is a value the Jumio web client's address? A literal legacy web-client URL (`<prefix>.netverify.com/web/v4/app`),
// a KYX web-client URL (`<prefix>.web.<region>.jumio.ai`), or — in JS — a value that flows from one.
import { Node, SyntaxKind } from '#ts-morph';
import { classifyLegacyUrl, KYX_REGIONS, kyxWebClientHost } from '../../../api/index.js';
import type { EvalContext } from '../../analysis/eval-context.js';
import { candidateText, evaluateStrings, HOLE } from '../../analysis/static-strings.js';
import { resolveIdentifier, unwrap } from '../../analysis-frontend/syntax.js';
import { classifyWebClientUrl } from '../../analysis-frontend/web-client-urls.js';
import { loaderDataValues } from './loader-data.js';

/** A literal src that only holds the place until a script sets the real one (`about:blank`): no src at all. */
export const PLACEHOLDER_SRC = /^\s*(about:blank|javascript:\s*(void\s*\(?0\)?|false)?;?|#)\s*$/i;

/** 'legacy' | 'kyx' for a web-client URL; undefined for anything else. Text after the first hole is ignored,
 * so `https://acme.netverify.com/web/v4/app?authorizationToken=${t}` counts, `https://${p}.netverify.com/…` not. */
export function webClientUrlKind(url: string): 'legacy' | 'kyx' | undefined {
  const known = url.split(HOLE)[0];
  if (known !== url && !/[?#]/.test(known) && !/\/\/[^/]+\/\S/.test(known)) return undefined;
  if (classifyLegacyUrl(known)?.route === 'web-client') return 'legacy';
  // A white-label host of a non-US data centre (`acme.lon.netverify.com/web/v4/app`): web-client-host flags it as the
  // web client, so its frame is the web client's too.
  if (classifyWebClientUrl(known)?.kind === 'web-client') return 'legacy';
  let host: string;
  try {
    host = new URL(known).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  return KYX_REGIONS.some((r) => host.endsWith(kyxWebClientHost('', r))) ? 'kyx' : undefined;
}

/** Why `expr` is the web client's URL, or undefined when that is not proven. Follows local bindings and React
 * `useState` setters; `flow` proves member reads (`res.web.href`, `data.redirectUrl`) that come from an initiate call. */
export function webClientSource(
  expr: Node,
  ectx: EvalContext,
  flow: (read: Node) => string | undefined,
  depth = 0,
): string | undefined {
  if (depth > 6) return undefined;
  const e = unwrap(expr);
  if (Node.isConditionalExpression(e)) {
    return webClientSource(e.getWhenTrue(), ectx, flow, depth + 1) ?? webClientSource(e.getWhenFalse(), ectx, flow, depth + 1);
  }
  if (Node.isBinaryExpression(e) && ['||', '??', '&&'].includes(e.getOperatorToken().getText())) {
    return webClientSource(e.getLeft(), ectx, flow, depth + 1) ?? webClientSource(e.getRight(), ectx, flow, depth + 1);
  }
  if (Node.isPropertyAccessExpression(e) || Node.isElementAccessExpression(e)) {
    const why = flow(e) ?? fromLoader(e, ectx, flow, depth);
    if (why) return why;
  }
  if (Node.isIdentifier(e)) {
    const decl = resolveIdentifier(e);
    if (decl && Node.isVariableDeclaration(decl)) {
      const init = decl.getInitializer();
      const name = decl.getNameNode();
      // const [url, setUrl] = useState(…): the values given to the setter.
      if (init && Node.isArrayBindingPattern(name) && /(^|\.)useState$/.test(unwrap(init).asKind(SyntaxKind.CallExpression)?.getExpression().getText() ?? '')) {
        const [value, setter] = name.getElements();
        if (value && Node.isBindingElement(value) && value.getName() === e.getText() && setter && Node.isBindingElement(setter)) {
          const scope = decl.getFirstAncestor((a) => Node.isBlock(a) || Node.isSourceFile(a)) ?? decl.getSourceFile();
          for (const call of scope.getDescendantsOfKind(SyntaxKind.CallExpression)) {
            if (call.getExpression().getText() !== setter.getName()) continue;
            const arg = call.getArguments()[0];
            const why = arg && webClientSource(arg, ectx, flow, depth + 1);
            if (why) return why;
          }
        }
        return undefined;
      }
      if (init && Node.isIdentifier(name)) return webClientSource(init, ectx, flow, depth + 1);
      if (init && Node.isObjectBindingPattern(name)) {
        // const { redirectUrl } = data  →  data.redirectUrl; nested: const { web: { href: url } } = data (a migrated call)
        const el = name.getDescendantsOfKind(SyntaxKind.BindingElement).find((b) => Node.isIdentifier(b.getNameNode()) && b.getName() === e.getText());
        if (el) return flow(el) ?? fromLoader(el, ectx, flow, depth);
      }
    }
    if (decl && Node.isBindingElement(decl)) return flow(decl);
  }
  const candidates = evaluateStrings(e, ectx);
  if (candidates.length && candidates.every((c) => webClientUrlKind(candidateText(c)))) {
    return `src is a ${webClientUrlKind(candidateText(candidates[0]!))} web-client URL`;
  }
  return undefined;
}

/** A read of the route's loader data (Remix / React Router): what the file's loader returns under that key. */
function fromLoader(read: Node, ectx: EvalContext, flow: (read: Node) => string | undefined, depth: number): string | undefined {
  for (const value of loaderDataValues(read)) {
    const why = webClientSource(value, ectx, flow, depth + 1);
    if (why) return `${why} (the route's loader data)`;
  }
  return undefined;
}
