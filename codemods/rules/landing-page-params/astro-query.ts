// Astro pages read the page URL's query through the global `Astro` of their frontmatter: `Astro.url.searchParams`,
// also through a const holding the URL (`const url = Astro.url`, `const { url } = Astro`) or a URL built from the
// request (`new URL(Astro.request.url)`). Each spelling is the same query object of the page, so its reads form one
// group (query-reads.ts) and the template's `{Astro.url.searchParams.get(…)}` joins it (svelte-markup.ts).
import { Node, type SourceFile, type VariableDeclaration } from '#ts-morph';
import { resolveIdentifier, unwrap } from '../../analysis-frontend/syntax.js';

export const ASTRO_QUERY = 'Astro.url.searchParams';

const seen = new WeakMap<SourceFile, boolean>();
/** querySource asks about every query-like node: a block that never spells Astro is answered at once. */
function namesAstro(sf: SourceFile): boolean {
  let hit = seen.get(sf);
  if (hit === undefined) seen.set(sf, (hit = /\bAstro\b/.test(sf.getFullText())));
  return hit;
}

/** The `Astro` global (no declaration of the file binds the name). */
const isAstroGlobal = (n: Node): boolean => Node.isIdentifier(n) && n.getText() === 'Astro' && !resolveIdentifier(n);

/** Is `n` the page's URL: `Astro.url`, `new URL(Astro.request.url)`, or a const holding either? */
export function isAstroUrl(n: Node, depth = 0): boolean {
  const e = unwrap(n);
  if (depth > 4) return false;
  if (Node.isPropertyAccessExpression(e)) return e.getName() === 'url' && isAstroGlobal(unwrap(e.getExpression()));
  if (Node.isNewExpression(e)) {
    const arg = e.getArguments().length === 1 ? unwrap(e.getArguments()[0]!) : undefined;
    const request = arg && Node.isPropertyAccessExpression(arg) && arg.getName() === 'url' ? unwrap(arg.getExpression()) : undefined;
    return e.getExpression().getText() === 'URL' && !!request && Node.isPropertyAccessExpression(request) && request.getName() === 'request'
      && isAstroGlobal(unwrap(request.getExpression()));
  }
  if (!Node.isIdentifier(e)) return false;
  const decl = resolveIdentifier(e);
  if (!decl || !Node.isVariableDeclaration(decl) || !decl.getInitializer()) return false;
  if (Node.isIdentifier(decl.getNameNode())) return isAstroUrl(decl.getInitializer()!, depth + 1);
  return destructured(decl, e.getText()) === 'url' && isAstroGlobal(unwrap(decl.getInitializer()!)); // const { url } = Astro
}

/** The property a name is destructured from in `const { prop: name } = …`, or undefined. */
function destructured(decl: VariableDeclaration, name: string): string | undefined {
  const pattern = decl.getNameNode();
  if (!Node.isObjectBindingPattern(pattern)) return undefined;
  const el = pattern.getElements().find((b) => b.getName() === name && !b.getDotDotDotToken());
  return el && (el.getPropertyNameNode()?.getText() ?? el.getName());
}

/** `<url>.searchParams` of the page's URL, or a name destructured from it (`const { searchParams } = Astro.url`): the
 * page's one query group. */
export function astroQuerySource(e: Node): { kind: 'search'; key: string } | undefined {
  if (!namesAstro(e.getSourceFile())) return undefined;
  if (Node.isPropertyAccessExpression(e)) return e.getName() === 'searchParams' && isAstroUrl(e.getExpression()) ? { kind: 'search', key: ASTRO_QUERY } : undefined;
  const decl = Node.isIdentifier(e) && e.getText() !== 'Astro' ? resolveIdentifier(e) : undefined;
  if (!decl || !Node.isVariableDeclaration(decl) || !decl.getInitializer() || destructured(decl, e.getText()) !== 'searchParams') return undefined;
  return isAstroUrl(decl.getInitializer()!) ? { kind: 'search', key: ASTRO_QUERY } : undefined;
}
