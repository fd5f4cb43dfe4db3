// What the dead-declaration removal may drop: a value that is computed without side effects (literals, env reads,
// string building, base64), and a module whose loading only declares things (its last import may go).
import { Node } from '#ts-morph';
import type { EvalContext } from './eval-context.js';
import { findDeclaration } from './resolve-binding.js';

/** Does loading the module only declare things (so dropping its last import changes nothing)? Unknown → no. */
export function loadsQuietly(specifier: string, from: Node, ctx?: EvalContext): boolean {
  // SvelteKit's and Vite's env modules only hold values.
  if (/^\$env\/(static|dynamic)\/(private|public)$/.test(specifier) || DENO_STD.test(specifier)) return true;
  const mod = ctx?.loadModule(specifier, from);
  if (!mod) return false;
  return mod.getStatements().every((st) => {
    if (Node.isExpressionStatement(st)) {
      // `module.exports = {…}` / `exports.X = …` only declare.
      const e = st.getExpression();
      return Node.isStringLiteral(e) || (Node.isBinaryExpression(e) && /^(module\.)?exports\b/.test(e.getLeft().getText()) && sideEffectFree(e.getRight()));
    }
    if (Node.isImportDeclaration(st)) return !!st.getImportClause();
    if (Node.isVariableStatement(st)) return st.getDeclarations().every((d) => !d.getInitializer() || sideEffectFree(d.getInitializer()!) || /^require\(/.test(d.getInitializer()!.getText()));
    return Node.isFunctionDeclaration(st) || Node.isClassDeclaration(st) || Node.isInterfaceDeclaration(st) || Node.isTypeAliasDeclaration(st) ||
      Node.isEnumDeclaration(st) || Node.isExportDeclaration(st);
  });
}

/** Deno's standard library: modules that only declare (`jsr:@std/encoding/base64`, `https://deno.land/std@…/…`). */
const DENO_STD = /^(jsr:@std\/|https:\/\/deno\.land\/std(@[^/]*)?\/)/;

/** `encodeBase64` imported from Deno's standard library (its base64 encoder, what Deno code uses for Basic auth). */
function isStdBase64(callee: Node): boolean {
  if (!Node.isIdentifier(callee) || callee.getText() !== 'encodeBase64') return false;
  const d = findDeclaration(callee, 'encodeBase64');
  return !!d && Node.isImportSpecifier(d) && DENO_STD.test(d.getImportDeclaration().getModuleSpecifierValue());
}

/** Literals, templates, env reads, string building and base64 encoding: safe to drop when unused. */
export function sideEffectFree(n: Node): boolean {
  if (Node.isCallExpression(n) || Node.isNewExpression(n)) {
    const callee = n.getExpression().getText();
    // Nuxt/Nitro's useRuntimeConfig(event) only reads the app's configuration.
    if (!/^(Buffer\.from|btoa|window\.btoa|new URL|URL|encodeURIComponent|Deno\.env\.get|Bun\.env\.get|useRuntimeConfig)$/.test(callee) && !isStdBase64(n.getExpression()) &&
        !/\.(toString|concat|join|trim)$/.test(callee) && !(Node.isNewExpression(n) && callee === 'URL') && !(Node.isNewExpression(n) && callee === 'Buffer')) {
      return false;
    }
  }
  if (Node.isArrowFunction(n) || Node.isFunctionExpression(n) || Node.isClassExpression(n)) return false;
  return n.getChildren().every((c) => sideEffectFree(c));
}
