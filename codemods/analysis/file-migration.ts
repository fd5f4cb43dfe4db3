// Per-file state of one initiate rule run: the edits, the names it took, the helper module it imports, and the
// legacy text ranges the migrated calls replaced (removed at the end when nothing else uses them).
import { Node } from '#ts-morph';
import type { RuleContext, RuleFile, ScriptBlock } from '../engine/types.js';
import type { EditSet } from './edit-set.js';
import type { EvalContext } from './eval-context.js';
import { HELPER_BASENAME, planHelper, type HelperPlan } from './kyx-helper.js';
import { removeNowUnused } from './unused-declarations.js';
import { removeDeadNamespaces } from './dead-namespaces.js';
import { existingImport, liftTypeOnlyImports } from './helper-module-imports.js';

/** A module specifier of the KYX auth helper (`./kyx-auth`, `../lib/kyx-auth.js`), and the same inside quotes. */
const HELPER_SPECIFIER = new RegExp(`^[./]*[^'"]*${HELPER_BASENAME}(\\.[cm]?[jt]s)?$`);
const HELPER_QUOTED = new RegExp(`['"][./]*[^'"]*${HELPER_BASENAME}(\\.[cm]?[jt]s)?['"]`);

/** Per-file state shared by the calls of one rule run. */
export class FileMigration {
  private helper?: HelperPlan;
  readonly importNames = new Set<string>();
  /** Old text ranges (legacy URLs, Basic credentials) the migrated calls replaced; see `finish`. */
  readonly dead: [number, number][] = [];
  /** Every word of the file, and the names given since: built on the first name() (most runs find nothing to migrate). */
  private takenNames?: Set<string>;

  constructor(
    readonly ruleId: string,
    readonly file: RuleFile,
    readonly block: ScriptBlock,
    readonly ctx: RuleContext,
    readonly evalCtx: EvalContext,
    readonly edits: EditSet,
  ) {}

  private get taken(): Set<string> {
    if (!this.takenNames) {
      this.takenNames = new Set();
      for (const m of this.block.sourceFile.getFullText().matchAll(/[A-Za-z_$][\w$]*/g)) this.takenNames.add(m[0]);
    }
    return this.takenNames;
  }

  /** Undo the edits and this bookkeeping since this point (a call that failed half-way; the file migrated again). */
  snapshot(): () => void {
    const undo = this.edits.snapshot();
    const [importNames, taken, deadCount] = [new Set(this.importNames), this.takenNames && new Set(this.takenNames), this.dead.length];
    return () => {
      undo();
      this.dead.length = deadCount;
      this.importNames.clear();
      importNames.forEach((n) => this.importNames.add(n));
      // Not built yet at the snapshot: built again from the file's words when next asked.
      this.takenNames = taken && new Set(taken);
    };
  }

  helperPlan(): HelperPlan {
    this.helper ??= planHelper(this.file, this.block, this.ctx.project);
    return this.helper;
  }

  /** A fresh identifier (`kyxAccount`, `kyxAccount2`…). */
  name(base: string): string {
    let n = base;
    for (let i = 2; this.taken.has(n); i++) n = `${base}${i}`;
    this.taken.add(n);
    return n;
  }

  /** Add the helper import once per file, after the last import / require / directive prologue. */
  finish(): void {
    // Constants and imports that fed only the replaced URLs and credentials are removed once, over the ranges of
    // every migrated call of the file: a constant shared by two calls is dead only after both are migrated.
    if (this.dead.length) {
      const rollback = this.edits.snapshot();
      try {
        removeNowUnused(this.block.sourceFile, this.dead, this.edits, this.evalCtx);
        removeDeadNamespaces(this.block.sourceFile, this.dead, this.edits);
      } catch {
        rollback(); // leave the (now unused) declarations rather than lose the file's migrations
      }
    }
    if (!this.importNames.size) return;
    const plan = this.helperPlan();
    const sf = this.block.sourceFile;
    // Names a previous run (or the other initiate rule) already imported from the helper are not imported again (an
    // `import type { … }` of it imports no value).
    const helperImports = sf.getStatements().filter((st) => HELPER_QUOTED.test(st.getText()) &&
      ((Node.isImportDeclaration(st) && !st.isTypeOnly()) || Node.isVariableStatement(st))).map((st) => st.getText()).join('\n');
    const isHelper = (spec: string): boolean => HELPER_SPECIFIER.test(spec);
    const lifted = liftTypeOnlyImports(sf, isHelper, [...this.importNames], this.edits);
    const names = [...this.importNames].sort().filter((n) => !lifted.includes(n) && !new RegExp(`\\b${n}\\b`).test(helperImports));
    if (!names.length) return;
    // A file migrated in parts may import the helper already (`import { kyxAccessToken } from './kyx-auth.js'`): the
    // names go into that import (round-30 hold-out), as the retrieval rule's do.
    const text = plan.importText(names, this.ctx.style.quote, this.ctx.style.semicolons ? ';' : '');
    const planned = /(?:from\s*|require\()\s*['"]([^'"]+)['"]/.exec(text)?.[1];
    const existing = existingImport(sf, (spec) => spec === planned);
    if (existing && !this.edits.covers(existing.last.getStart(), existing.last.getEnd())) {
      this.edits.insertAt(existing.last, existing.last.getEnd(), `, ${names.join(', ')}`, 'import the KYX auth helper');
      this.edits.newFiles.push(plan.newFile);
      return;
    }
    const stmts = sf.getStatements();
    let after: Node | undefined;
    const gone = (st: Node) => this.edits.covers(st.getStart(), st.getEnd());
    for (const st of stmts) {
      if (gone(st)) continue;
      if (Node.isImportDeclaration(st) || Node.isImportEqualsDeclaration(st) || (Node.isExpressionStatement(st) && Node.isStringLiteral(st.getExpression())) ||
          (Node.isVariableStatement(st) && /\brequire\(/.test(st.getText()) && st.getDeclarations().every((d) => /^require\(|^require\(.*\)\.\w+$/.test(d.getInitializer()?.getText() ?? '')))) {
        after = st;
      } else break;
    }
    if (after) this.edits.insertAt(after, after.getEnd(), `\n${text}`, 'import the KYX auth helper');
    else {
      const first = stmts[0];
      // Above the first statement's JSDoc (a `/** @returns */` belongs to the statement, not to the import).
      const pos = first ? first.getStart(true) : 0;
      // A blank line after the import, unless the first statement is being removed (its own blank line remains).
      const sep = first && !gone(first) ? '\n\n' : '\n';
      this.edits.insertAt(first ?? sf, pos, `${text}${sep}`, 'import the KYX auth helper');
    }
    this.edits.newFiles.push(plan.newFile);
  }
}
