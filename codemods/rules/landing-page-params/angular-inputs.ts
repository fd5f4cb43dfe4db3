// Angular's router can bind query parameters to component inputs of the same name (`provideRouter(routes,
// withComponentInputBinding())`): a landing component then declares `transactionStatus = input<string>()` and
// `transactionReference = input<string>()` (or `@Input()` properties) and reads no query object at all (hold-out
// round 4). Only a component the router is shown to feed is flagged (angular-routing.ts: a transfer badge or a
// ledger row has the same inputs, bound by its parent); flagged, never renamed: aliasing the inputs to the KYX names
// would break a parent's `[transactionStatus]` binding.
import { Node, SyntaxKind, type ClassDeclaration, type PropertyDeclaration, type SourceFile } from '#ts-morph';
import { LEGACY, REDIRECT_PARAM_RENAMES, renameIn } from '../../../api/index.js';
import type { ManualItem, ProjectView } from '../../engine/types.js';
import { routerFeedsInputs } from './angular-routing.js';
import { stringValue, unwrap } from '../../analysis-frontend/syntax.js';

/** The input's public name: `@Input('alias')`, `input(…, { alias })`, else the property name. */
function inputName(p: PropertyDeclaration): string | undefined {
  const deco = p.getDecorator('Input');
  if (deco) {
    const arg = deco.getArguments()[0];
    const obj = arg && unwrap(arg);
    if (obj && Node.isObjectLiteralExpression(obj)) {
      const a = obj.getProperty('alias');
      return (a && Node.isPropertyAssignment(a) ? stringValue(a.getInitializerOrThrow()) : undefined) ?? p.getName();
    }
    return stringValue(arg) ?? p.getName();
  }
  const init = p.getInitializer();
  const call = init && unwrap(init);
  if (!call || !Node.isCallExpression(call) || !/^input(\.required)?$/.test(call.getExpression().getText())) return undefined;
  for (const a of call.getArguments()) {
    const o = unwrap(a);
    const alias = Node.isObjectLiteralExpression(o) ? o.getProperty('alias') : undefined;
    if (alias && Node.isPropertyAssignment(alias)) return stringValue(alias.getInitializerOrThrow());
  }
  return p.getName();
}

/** A status compared with a value Jumio never sends ('APPROVED'…): a payment return component. */
const FOREIGN_STATUS = /transactionStatus(\(\))?\s*[!=]==?\s*['"](?!SUCCESS['"]|ERROR['"])[A-Za-z_]+['"]/;

export function angularInputItems(sf: SourceFile, offset: number, paymentWord: (at: Node) => string | undefined, project: ProjectView, absPath: string): ManualItem[] {
  const out: ManualItem[] = [];
  for (const cls of sf.getDescendantsOfKind(SyntaxKind.ClassDeclaration) as ClassDeclaration[]) {
    if (!cls.getDecorator('Component')) continue;
    const inputs = new Map<string, PropertyDeclaration>();
    for (const p of cls.getProperties()) {
      const name = inputName(p);
      if (name) inputs.set(name, p);
    }
    const status = inputs.get(LEGACY.transactionStatus);
    if (!status || !inputs.has(LEGACY.transactionReference) || FOREIGN_STATUS.test(cls.getText()) || paymentWord(cls)) continue;
    if (!routerFeedsInputs(cls, project, absPath)) continue;
    const renames = REDIRECT_PARAM_RENAMES.map((r) => `${r.legacy} → ${renameIn(REDIRECT_PARAM_RENAMES, r.legacy)}`).join(', ');
    out.push({
      pos: status.getStart() + offset,
      message: `inputs named like the legacy redirect parameters: if the router binds query parameters to inputs (withComponentInputBinding()), KYX sends ${renames} — alias the inputs (input(undefined, { alias: 'acquisitionStatus' }) / @Input('acquisitionStatus')) unless a parent template binds them`,
    });
  }
  return out;
}
