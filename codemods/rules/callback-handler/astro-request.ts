// An Astro page's frontmatter runs on the server for each request: a page in SSR mode can receive a POST itself
// (`if (Astro.request.method === 'POST') { const form = await Astro.request.formData(); … }`), with no handler
// function around it. The request is `Astro.request` (also `const { request } = Astro`); the frontmatter as a whole
// is proven like a handler whose request that is.
import { Node, type SourceFile } from '#ts-morph';
import { findDeclaration, propertyKey } from '../../analysis/resolve-binding.js';

/** The global `Astro` (no declaration of the frontmatter shadows it). */
function isAstroGlobal(e: Node): boolean {
  return Node.isIdentifier(e) && e.getText() === 'Astro' && !findDeclaration(e, 'Astro');
}

/** `Astro.request`, or a name bound to it by `const { request } = Astro` (also renamed: `{ request: req }`). */
export function isAstroRequest(e: Node): boolean {
  if (Node.isPropertyAccessExpression(e)) return e.getName() === 'request' && isAstroGlobal(e.getExpression());
  if (!Node.isIdentifier(e)) return false;
  const decl = findDeclaration(e, e.getText());
  if (!decl || !Node.isBindingElement(decl) || propertyKey(decl.getPropertyNameNode() ?? decl.getNameNode()) !== 'request') return false;
  const owner = decl.getParent()?.getParent();
  const init = owner && Node.isVariableDeclaration(owner) ? owner.getInitializer() : undefined;
  return !!init && isAstroGlobal(init);
}

/** The top-level statement of the frontmatter `sf` that first reaches the request (where the item goes), or
 * undefined when it never does. */
export function astroRequestSite(sf: SourceFile): Node | undefined {
  let first: Node | undefined;
  sf.forEachDescendant((d, walk) => {
    if (first) return walk.stop();
    if ((Node.isPropertyAccessExpression(d) || Node.isIdentifier(d)) && isAstroRequest(d)) first = d;
  });
  let site = first;
  while (site && site.getParent() && !Node.isSourceFile(site.getParent()!)) site = site.getParent();
  return site;
}
