// Imports of the KYX helper modules a file already has. A file migrated in parts may import a helper already: names
// the migrated code needs are merged into that import (one statement per module). It may also name a helper in a
// type-only import (`import type { kyxAccessToken } from './kyx-auth.js'` for a `typeof kyxAccessToken`): a second
// import of the same name would declare it twice, and merging into a type-only import binds no value, so that import
// becomes a value import of the names the migrated code now calls, its other names kept type-only inline
// (`import { type KyxAccount, kyxAccessToken } from …`).
import { Node, type SourceFile } from '#ts-morph';
import type { EditSet } from './edit-set.js';

/** Turns the type-only imports of `sf` from a module `isHelper` accepts that bind one of `names` (under that name)
 * into value imports of those names; returns the names they now import. */
export function liftTypeOnlyImports(sf: SourceFile, isHelper: (specifier: string) => boolean, names: readonly string[], edits: EditSet): string[] {
  const lifted: string[] = [];
  for (const st of sf.getImportDeclarations()) {
    if (!st.isTypeOnly() || !isHelper(st.getModuleSpecifierValue())) continue;
    const clause = st.getImportClause();
    const named = st.getNamedImports();
    const binds = (n: (typeof named)[number]): boolean => names.includes(n.getName()) && !n.getAliasNode();
    if (!clause || clause.getDefaultImport() || !named.some(binds)) continue;
    const list = named.map((n) => (binds(n) ? n.getText() : `type ${n.getText()}`)).join(', ');
    edits.replaceRange(st, clause.getStart(), clause.getEnd(), `{ ${list} }`, 'import the KYX auth helper as a value');
    lifted.push(...named.filter(binds).map((n) => n.getName()));
  }
  return lifted;
}

/** A value import (or destructuring require) of a module `isModule` accepts, already in the file: the names it binds
 * and its last binding, after which more names can be added. */
export function existingImport(sf: SourceFile, isModule: (specifier: string) => boolean): { names: string[]; last: Node } | undefined {
  for (const st of sf.getStatements()) {
    // An `import type { … }` binds no value: a helper merged into it could not be called.
    if (Node.isImportDeclaration(st) && isModule(st.getModuleSpecifierValue()) && !st.isTypeOnly()) {
      const named = st.getNamedImports();
      const last = named.at(-1);
      if (last) return { names: named.filter((n) => !n.isTypeOnly()).map((n) => n.getName()), last };
    }
    if (Node.isVariableStatement(st)) {
      for (const d of st.getDeclarations()) {
        const init = d.getInitializer();
        const name = d.getNameNode();
        if (!init || !Node.isObjectBindingPattern(name)) continue;
        const m = /^require\(\s*['"]([^'"]+)['"]\s*\)$/.exec(init.getText());
        const last = name.getElements().at(-1);
        if (m && isModule(m[1]!) && last) return { names: name.getElements().map((e) => e.getName()), last };
      }
    }
  }
  return undefined;
}
