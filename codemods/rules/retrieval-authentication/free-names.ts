// Names the retrieval migration declares in a function (the account id, a hoisted token, a region's origin). A name
// the function's text already uses, or that this run already declared there for another retrieval of the same
// function (`const { accountId } = …` twice is a redeclaration), is not taken again: the next of `base`, `base2`…
// is used instead.
import type { Node } from '#ts-morph';

const declared = new WeakMap<Node, Set<string>>();

/** The first of `names`, then `last2`, `last3`…, that is free in `scope`; it is taken from then on. */
export function claimName(scope: Node, ...names: string[]): string {
  const text = scope.getText();
  const used = declared.get(scope) ?? new Set<string>();
  declared.set(scope, used);
  const last = names[names.length - 1]!;
  for (let i = 0; ; i++) {
    const name = i < names.length ? names[i]! : `${last}${i - names.length + 2}`;
    if (!used.has(name) && !new RegExp(`\\b${name}\\b`).test(text)) {
      used.add(name);
      return name;
    }
  }
}
