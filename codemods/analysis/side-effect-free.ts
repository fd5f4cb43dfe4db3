// What the dead-declaration removal may drop: a value that is computed without side effects (literals, env reads,
// string building, base64), and a module whose loading only declares things (its last import may go).
import { Node, SyntaxKind } from '#ts-morph';
import type { EvalContext } from './eval-context.js';
import { findDeclaration } from './resolve-binding.js';

/** Does loading the module only declare things (so dropping its last import changes nothing)? Unknown → no. */
export function loadsQuietly(specifier: string, from: Node, ctx?: EvalContext): boolean {
  // SvelteKit's and Vite's env modules only hold values.
  // AdonisJS 6's `#start/env` only validates and holds the environment (the app's boot loads it anyway).
  if (/^\$env\/(static|dynamic)\/(private|public)$/.test(specifier) || specifier === ADONIS_ENV || DENO_STD.test(specifier)) return true;
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

/** AdonisJS 6's env module (`import env from '#start/env'`). */
const ADONIS_ENV = '#start/env';

/** `env.get('X')` on AdonisJS 6's env service (the default import of `#start/env`): a read of the environment. */
function isAdonisEnvGet(callee: Node): boolean {
  if (!Node.isPropertyAccessExpression(callee) || callee.getName() !== 'get' || !Node.isIdentifier(callee.getExpression())) return false;
  const d = findDeclaration(callee.getExpression(), callee.getExpression().getText());
  const imp = d && (Node.isImportDeclaration(d) ? d : d.getFirstAncestorByKind(SyntaxKind.ImportDeclaration));
  return !!imp && imp.getModuleSpecifierValue() === ADONIS_ENV && imp.getDefaultImport()?.getText() === callee.getExpression().getText();
}

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
    if (!/^(Buffer\.from|btoa|window\.btoa|new URL|URL|encodeURIComponent|Deno\.env\.get|Bun\.env\.get|useRuntimeConfig)$/.test(callee) && !isStdBase64(n.getExpression()) && !isAdonisEnvGet(n.getExpression()) &&
        !/\.(toString|concat|join|trim)$/.test(callee) && !(Node.isNewExpression(n) && callee === 'URL') && !(Node.isNewExpression(n) && callee === 'Buffer')) {
      return false;
    }
  }
  if (Node.isArrowFunction(n) || Node.isFunctionExpression(n) || Node.isClassExpression(n)) return false;
  return n.getChildren().every((c) => sideEffectFree(c));
}
