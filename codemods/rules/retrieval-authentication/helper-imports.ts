// Adds the imports of the KYX helper modules to a file: names are merged into an import (or destructuring
// require) of the same module that is already there, new statements go after the leading module loads.
import { Node, type SourceFile } from '#ts-morph';
import type { EditSet } from '../../analysis/edit-set.js';
import type { HelperImport } from './kyx-helper.js';
import { existingImport, liftTypeOnlyImports } from '../../analysis/helper-module-imports.js';

function isDirective(st: Node): boolean {
  return Node.isExpressionStatement(st) && Node.isStringLiteral(st.getExpression());
}

/** The last top-level import, or `const x = require('…')`, among the leading module loads. */
function lastModuleLoad(sf: SourceFile, skip: Set<Node>): Node | undefined {
  let last: Node | undefined;
  for (const st of sf.getStatements()) {
    if (skip.has(st)) continue;
    if (Node.isImportDeclaration(st) || Node.isImportEqualsDeclaration(st)) last = st;
    else if (Node.isVariableStatement(st) && st.getDeclarations().every((d) => /^require\(/.test(d.getInitializer()?.getText() ?? ''))) last = st;
  }
  return last;
}

/** `removed`: statements this rule deletes (never anchor an insertion inside them). */
export function addHelperImports(sf: SourceFile, imports: readonly HelperImport[], removed: Set<Node>, edits: EditSet): void {
  const fresh: string[] = [];
  for (const imp of imports) {
    // (Each helper import names one function: lifted, it needs no statement of its own.)
    if (liftTypeOnlyImports(sf, (spec) => spec === imp.specifier, imp.names, edits).length === imp.names.length) continue;
    const existing = existingImport(sf, (spec) => spec === imp.specifier);
    if (!existing) {
      fresh.push(imp.statement);
      continue;
    }
    const missing = imp.names.filter((n) => !existing.names.includes(n));
    if (missing.length) edits.insertAt(existing.last, existing.last.getEnd(), `, ${missing.join(', ')}`, 'import the KYX helpers');
  }
  if (!fresh.length) return;
  const after = lastModuleLoad(sf, removed);
  if (after) {
    edits.insertAt(after, after.getEnd(), `\n${fresh.join('\n')}`, 'import the KYX helpers');
    return;
  }
  const first = sf.getStatements().find((st) => !isDirective(st));
  // A blank line between the imports and the code, unless the first statement goes (its own blank line remains).
  const sep = first && !removed.has(first) ? '\n\n' : '\n';
  // Above the first statement's JSDoc (a `/** @returns */` belongs to the statement, not to the import).
  edits.insertAt(sf, first ? first.getStart(true) : sf.getEnd(), `${fresh.join('\n')}${sep}`, 'import the KYX helpers');
}
