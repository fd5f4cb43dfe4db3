// Every name a parsed file declares, for a quick "no declaration here" answer before a scope walk: identifiers that
// are the `name` of their parent (variables, binding elements, parameters, functions, classes, imports, catch and
// loop bindings…). A scope lookup only ever returns such a declaration, so a name not in the set resolves to
// nothing in that file. Cached per parse.
import { ts } from '#ts-morph';
import { rawDescendantsOfKinds } from '../engine/descendants.js';

const IDENTIFIERS = new Set([ts.SyntaxKind.Identifier]);
const cache = new WeakMap<ts.SourceFile, Set<string>>();

/** The declared names of `sf`, each as written and as its value (they differ when the source uses escapes). */
export function declaredNames(sf: ts.SourceFile): Set<string> {
  let names = cache.get(sf);
  if (!names) {
    names = new Set();
    for (const n of rawDescendantsOfKinds(sf, IDENTIFIERS)) {
      if ((n.parent as { name?: ts.Node }).name !== n) continue;
      names.add((n as ts.Identifier).text);
      names.add(sf.text.slice(n.getStart(sf), n.end));
    }
    cache.set(sf, names);
  }
  return names;
}
