// Alpine's x-data naming a component instead of spelling its object: `x-data="kycReturn()"` with `function kycReturn()
// { return { q: new URLSearchParams(location.search) }; }` in a script of the page (also `const kycReturn = () => ({ … })`),
// or `x-data="kyc"` with `Alpine.data('kyc', () => ({ … }))`. The returned object's plain `key: value` properties are
// the component's state, as in an x-data object; alpine-data.ts declares them after the page's text (`var q = …;`), where
// no edit can land (the rule drops anything placed there: the script's own copy of the value is read in the script).
import { Node, SyntaxKind, type ObjectLiteralExpression } from '#ts-morph';
import type { RuleFile } from '../../engine/types.js';
import { unwrap } from '../../analysis-frontend/syntax.js';

/** The object a component function returns: its single `return {…}`, or an arrow's `({…})` body. */
function returnedObject(fn: Node | undefined): ObjectLiteralExpression | undefined {
  if (!fn || !(Node.isFunctionDeclaration(fn) || Node.isFunctionExpression(fn) || Node.isArrowFunction(fn))) return undefined;
  const body = fn.getBody();
  if (body && !Node.isBlock(body)) {
    const e = unwrap(body);
    return Node.isObjectLiteralExpression(e) ? e : undefined;
  }
  const statements = body && Node.isBlock(body) ? body.getStatements() : [];
  const only = statements.length === 1 ? statements[0] : undefined;
  const e = only && Node.isReturnStatement(only) ? only.getExpression() : undefined;
  return e && Node.isObjectLiteralExpression(unwrap(e)) ? (unwrap(e) as ObjectLiteralExpression) : undefined;
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
  const m = /^\s*([A-Za-z_$][\w$]*)\s*(\(\s*\))?\s*$/.exec(code);
  if (!m || !code.includes(m[1]!) || !file.scripts.length) return undefined;
  const obj = returnedObject(componentFunction(file, m[1]!));
  const props = obj?.getProperties() ?? [];
  if (!props.length || !props.every((p) => Node.isPropertyAssignment(p) && Node.isIdentifier(p.getNameNode()))) return undefined;
  return `var ${props.map((p) => `${(p as import('#ts-morph').PropertyAssignment).getName()} = ${(p as import('#ts-morph').PropertyAssignment).getInitializerOrThrow().getText()}`).join(', ')};`;
}
