// The parsed event kept in a Preact signal of the file — `lastEvent.value = JSON.parse(e.data)` with
// `const lastEvent = signal<FrameEvent | null>(null)` from @preact/signals — read as `lastEvent.value.transactionReference`
// (in a `computed(() => …)`, a component): followed to those reads, and the signal's type argument is the event's
// type, when the signal starts empty, is only ever given this value (or an empty one) and is used nowhere but through
// `.value` in this file (hold-out round 16: it was flagged as a hand-off, the readers and the type keeping the old
// name). Like member-flow.ts's class members; an exported signal may be read elsewhere too (`shared`: flagged as well).
// Also Angular's `toSignal(parsed$)` kept in a private field, read as `this.ev()` (toSignalReads).
import { Node, SyntaxKind, type PropertyAccessExpression } from '#ts-morph';
import { assignedValue, isEmptyValue } from './this-holder.js';
import { enclosingFunction, referencesOf, resolveIdentifier, unwrap } from './syntax.js';
import { isExportedDeclaration } from '../analysis/exports.js';

const SIGNALS = /^@preact\/signals(-core|-react)?$/;

/** The reads of `<signal>.value` in the file when `value` is the only value the signal is given; its type argument. */
export function signalReads(left: Node, value: Node): { reads: Node[]; types: Node[]; shared: boolean } | undefined {
  if (!Node.isPropertyAccessExpression(left) || left.getName() !== 'value') return undefined;
  const id = unwrap(left.getExpression());
  const d = Node.isIdentifier(id) ? resolveIdentifier(id) : undefined;
  if (!d || !Node.isVariableDeclaration(d) || d.getVariableStatement()?.getDeclarationKind() !== 'const') return undefined;
  const init = unwrap(d.getInitializer() ?? d);
  const callee = Node.isCallExpression(init) ? unwrap(init.getExpression()) : undefined;
  const factory = callee && Node.isIdentifier(callee) ? resolveIdentifier(callee) : undefined;
  if (!factory || !Node.isImportSpecifier(factory) || factory.getName() !== 'signal' || !SIGNALS.test(factory.getImportDeclaration().getModuleSpecifierValue())) return undefined;
  const call = init as import('#ts-morph').CallExpression;
  if (call.getArguments().length > 0 && !isEmptyValue(call.getArguments()[0])) return undefined;
  const reads: Node[] = [];
  for (const ref of referencesOf(d.getSourceFile(), id.getText())) {
    if (ref === d.getNameNode() || resolveIdentifier(ref) !== d) continue;
    const site = ref.getParent();
    // The signal itself handed on (`<Child s={lastEvent} />`, `effect(() => track(lastEvent))`): its readers are unknown.
    if (!site || !Node.isPropertyAccessExpression(site) || site.getExpression() !== ref || site.getName() !== 'value') return undefined;
    const given = assignedValue(site as PropertyAccessExpression);
    if (given) {
      if (given !== value && !isEmptyValue(given)) return undefined;
      continue;
    }
    reads.push(site);
  }
  const typeArg = call.getTypeArguments()[0];
  return { reads, types: typeArg ? [typeArg] : [], shared: isExportedDeclaration(d.getVariableStatement()!) };
}

/** Angular's `private readonly ev = toSignal(parsed$)` (or `#ev`; `toSignal` from @angular/core/rxjs-interop): the
 * calls `this.ev()` of its class, each one the stream's latest value, when every use of the field is such a call in a
 * function (a private field: no template reads it). Otherwise undefined: the stream is handed on. */
export function toSignalReads(call: Node, stream: Node): Node[] | undefined {
  if (!Node.isCallExpression(call) || call.getArguments()[0] !== stream) return undefined;
  const callee = unwrap(call.getExpression());
  const d = Node.isIdentifier(callee) ? resolveIdentifier(callee) : undefined;
  if (!d || !Node.isImportSpecifier(d) || d.getName() !== 'toSignal' || d.getImportDeclaration().getModuleSpecifierValue() !== '@angular/core/rxjs-interop') return undefined;
  const field = call.getParent();
  if (!field || !Node.isPropertyDeclaration(field) || field.getInitializer() !== call || field.isStatic()) return undefined;
  const name = field.getName();
  if (!name.startsWith('#') && !field.hasModifier(SyntaxKind.PrivateKeyword)) return undefined;
  const reads: Node[] = [];
  for (const site of field.getParentOrThrow().getDescendantsOfKind(SyntaxKind.PropertyAccessExpression)) {
    if (site.getName() !== name || !Node.isThisExpression(site.getExpression())) continue;
    const read = site.getParent();
    if (!read || !Node.isCallExpression(read) || read.getExpression() !== site || read.getArguments().length > 0 || !enclosingFunction(read)) return undefined;
    reads.push(read);
  }
  return reads;
}
