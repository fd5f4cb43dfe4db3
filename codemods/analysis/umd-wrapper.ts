// A UMD file: `(function (root, factory) { if (typeof define === 'function' && define.amd) define([], factory); else if
// (typeof module === 'object' && module.exports) module.exports = factory(); else root.X = factory(); })(this, function
// () { … })`. It is a script (loaded by a <script> tag, an AMD loader, or require), never an ES module, whatever its
// package.json's "type" says: an `import` added to it would make it a module, where `define` and `module.exports`
// break and `this` is undefined. So the KYX helper reaches it through a require (the one it already uses, or in a
// CommonJS package); in an ES-module package with no require of its own (where Node would not give it one) the call
// that needs the helper is flagged, not migrated (kyx-helper.ts).
import { Node, type SourceFile } from '#ts-morph';
import { unwrap } from './eval-context.js';

const LOADER_TEST = /typeof\s+(define|module|exports)\s*[!=]==?\s*['"](function|object|undefined)['"]/;

/** Is the file a UMD wrapper: a top-level call of a function that tests for an AMD / CommonJS loader, given a factory? */
export function isUmdWrapper(sf: SourceFile): boolean {
  const text = sf.getFullText();
  if (!LOADER_TEST.test(text) || /^\s*(import|export)\s/m.test(text)) return false;
  return sf.getStatements().some((st) => {
    if (!Node.isExpressionStatement(st)) return false;
    let e = unwrap(st.getExpression());
    // `!function (root, factory) { … }(this, function () { … })`
    if (Node.isPrefixUnaryExpression(e)) e = unwrap(e.getOperand());
    if (!Node.isCallExpression(e)) return false;
    const wrapper = unwrap(e.getExpression());
    const isFn = (n: Node): boolean => Node.isFunctionExpression(unwrap(n)) || Node.isArrowFunction(unwrap(n));
    return isFn(wrapper) && LOADER_TEST.test(wrapper.getText()) && e.getArguments().some(isFn);
  });
}

export const UMD_HELPER_PROBLEM = 'this file is a UMD module (a define / module.exports wrapper, loaded as a script) in an ES-module ' +
  'package ("type": "module"): an ES import of the KYX helper would make it a module (breaking define, module.exports and its <script> ' +
  'loading), and it has no require of its own; call KYX from a server module and have this script call that, or hand the helper to its ' +
  'factory (see MIGRATION.md)';
