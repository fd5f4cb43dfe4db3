// Ember controllers declare the query parameters of their route: `queryParams = ['transactionStatus', …]` (an Octane
// class field) or `queryParams: [...]` in `Controller.extend({…})`. Ember then keeps each value in the controller
// property of that name, which its getters and template read — nothing else in the file reads the query, so the
// other readers never see it (round-6 hold-out: such a controller was left silent). Ember maps a property to
// another URL key with `{ property: 'urlKey' }`, so `'transactionStatus'` becomes
// `{ transactionStatus: 'acquisitionStatus' }`: the URL key is KYX's and the property (and every getter and template
// using it) stays. Proof as for other pages: both legacy names in the list; a status compared with a value Jumio
// never sends, or a page about another money movement, is left alone; payment words demote it to a manual item.
import { Node, SyntaxKind, type SourceFile } from '#ts-morph';
import { LEGACY, REDIRECT_PARAM_RENAMES, renameIn } from '../../../api/index.js';
import type { Edit, ManualItem } from '../../engine/types.js';
import { mentionsJumio, stringValue } from '../../analysis-frontend/syntax.js';
import { scriptWithoutComments } from '../../analysis/comment-free.js';
import { otherDomainWord, PAYMENT_WORDS } from './page-domain.js';

const STATUS_VALUES = new Set(['SUCCESS', 'ERROR']);

/** The `queryParams` arrays of the file's Ember controllers (the file imports `@ember/controller`). */
function queryParamLists(sf: SourceFile): Node[] {
  if (!sf.getImportDeclarations().some((d) => d.getModuleSpecifierValue() === '@ember/controller')) return [];
  const out: Node[] = [];
  for (const kind of [SyntaxKind.PropertyDeclaration, SyntaxKind.PropertyAssignment] as const) {
    for (const p of sf.getDescendantsOfKind(kind)) {
      const init = p.getInitializer();
      if (p.getName() === 'queryParams' && init && Node.isArrayLiteralExpression(init)) out.push(init);
    }
  }
  return out;
}

export function emberQueryParamEdits(sf: SourceFile, off: number): { edits: Edit[]; manual: ManualItem[] } {
  const edits: Edit[] = [];
  const manual: ManualItem[] = [];
  for (const list of queryParamLists(sf)) {
    if (!Node.isArrayLiteralExpression(list)) continue;
    const legacy = list.getElements().filter((e) => Node.isStringLiteral(e) && renameIn(REDIRECT_PARAM_RENAMES, e.getLiteralValue()));
    const names = new Set(legacy.map((e) => stringValue(e)));
    if (!names.has(LEGACY.transactionStatus) || !names.has(LEGACY.transactionReference)) continue;
    const owner = list.getFirstAncestor((a) => Node.isClassDeclaration(a) || Node.isClassExpression(a) || Node.isObjectLiteralExpression(a)) ?? sf;
    const text = owner.getText();
    const status = new RegExp(`(?:this\\.|get\\(this,\\s*['"])${LEGACY.transactionStatus}['"]?\\)?\\s*[!=]==?\\s*(['"])([^'"]*)\\1`, 'g');
    if ([...text.matchAll(status)].some((m) => !STATUS_VALUES.has(m[2]!))) continue;
    const scope = list.getFirstAncestor((a) => Node.isSourceFile(a.getParent() ?? a))?.getFullText() ?? text;
    if (otherDomainWord(scope) !== undefined) continue;
    const payment = mentionsJumio(scriptWithoutComments(sf.getFullText())) ? undefined : PAYMENT_WORDS.exec(scope)?.[0];
    if (payment !== undefined) {
      manual.push({ pos: list.getStart() + off, message: `the Ember controller's queryParams name transactionStatus and transactionReference, but the code around it is about payments ('${payment}'): if this is a Jumio success/error page, map them to the KYX keys ({ transactionStatus: 'acquisitionStatus' }, { transactionReference: 'workflowExecutionId' })` });
      continue;
    }
    for (const e of legacy) {
      const name = stringValue(e)!;
      const kyx = renameIn(REDIRECT_PARAM_RENAMES, name)!;
      const q = e.getText()[0];
      edits.push({ start: e.getStart() + off, end: e.getEnd() + off, text: `{ ${name}: ${q}${kyx}${q} }`, message: `redirect parameter ${name} → ${kyx}: the Ember controller property ${name} now reads the URL key ${kyx} (reads transactionStatus with transactionReference)` });
    }
  }
  return { edits, manual };
}
