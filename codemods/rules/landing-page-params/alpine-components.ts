// Alpine's x-data naming a component instead of spelling its object: `x-data="kycReturn()"` with `function kycReturn()
// { return { q: new URLSearchParams(location.search) }; }` in a script of the page (also `const kycReturn = () => ({ … })`),
// or `x-data="kyc"` with `Alpine.data('kyc', () => ({ … }))`. The returned object's plain `key: value` properties are
// the component's state, as in an x-data object; alpine-data.ts declares them after the page's text (`var q = …;`), where
// no edit can land (the rule drops anything placed there: the script's own copy of the value is read in the script).
import { Node, SyntaxKind, type PropertyAssignment } from '#ts-morph';
import type { RuleFile } from '../../engine/types.js';
import { soleReturnedExpression, unwrap } from '../../analysis-frontend/syntax.js';

/** The plain `key: value` properties of an object (none computed, spread, shorthand or a method), or undefined. */
export function plainProperties(obj: Node | undefined): PropertyAssignment[] | undefined {
  const props = obj && Node.isObjectLiteralExpression(obj) ? obj.getProperties() : [];
  const plain = props.filter((p): p is PropertyAssignment => Node.isPropertyAssignment(p) && Node.isIdentifier(p.getNameNode()));
  return plain.length && plain.length === props.length ? plain : undefined;
}

/** The component function `name` of the page's scripts: a function declaration, a const holding a function, or
 * the factory of `Alpine.data('name', factory)`. */
function componentFunction(file: RuleFile, name: string): Node | undefined {
  for (const block of file.scripts) {
    const sf = block.sourceFile;
    const fn = sf.getFunction(name);
    if (fn) return fn;
    const init = sf.getVariableDeclaration(name)?.getInitializer();
    if (init) return unwrap(init);
    for (const call of sf.getDescendantsOfKind(SyntaxKind.CallExpression)) {
      const [key, factory] = call.getArguments();
      if (call.getExpression().getText() === 'Alpine.data' && key && Node.isStringLiteral(key) && key.getLiteralValue() === name && factory) return unwrap(factory);
    }
  }
  return undefined;
}

/** `var key = value, …;` for the plain properties of the component an x-data value names, or undefined. */
export function componentDeclarations(file: RuleFile, code: string): string | undefined {
  const name = /^\s*([A-Za-z_$][\w$]*)\s*(\(\s*\))?\s*$/.exec(code)?.[1];
  const returned = name && file.scripts.length ? soleReturnedExpression(componentFunction(file, name)) : undefined;
  const props = plainProperties(returned && unwrap(returned));
  return props && `var ${props.map((p) => `${p.getName()} = ${p.getInitializerOrThrow().getText()}`).join(', ')};`;
}
