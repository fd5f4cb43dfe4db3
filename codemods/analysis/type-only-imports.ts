// A file migrated in parts may already name a KYX helper in a type-only import (`import type { kyxAccessToken } from
// './kyx-auth.js'` for a `typeof kyxAccessToken`). A second import of the same name would declare it twice, and
// merging into the type-only import binds no value: that import becomes a value import of the names the migrated code
// now calls, its other names kept type-only inline (`import { type KyxAccount, kyxAccessToken } from …`).
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
