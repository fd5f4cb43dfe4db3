// The text of a migrated read of the legacy initiate response: `data.redirectUrl` → `data.web.href` (dot, optional
// and bracket access) and destructuring `{ redirectUrl }` → `{ web: { href: redirectUrl } }`; and the stored-key
// paths a response left whole may still be queried by.
import { Node, SyntaxKind, type BindingElement } from '#ts-morph';
import { INITIATE_RESPONSE_FIELD_MOVES } from '../../api/index.js';
import type { EditSet } from './edit-set.js';
import { findDeclaration } from './resolve-binding.js';

/** The node of a member read to replace and its new text, keeping optional chaining and the bracket quote style. */
export function movedReadEdit(access: Node, path: readonly string[]): { node: Node; text: string } | undefined {
  if (Node.isPropertyAccessExpression(access)) {
    return { node: access.getNameNode(), text: path.join(access.hasQuestionDotToken() ? '?.' : '.') };
  }
  if (Node.isElementAccessExpression(access)) {
    const arg = access.getArgumentExpression()!;
    const q = arg.getText()[0];
    return { node: arg, text: path.map((p) => `${q}${p}${q}`).join(access.hasQuestionDotToken() ? ']?.[' : '][') };
  }
  return undefined;
}

/** `{ redirectUrl }` → `{ web: { href: redirectUrl } }`; `{ redirectUrl: u = d }` → `{ web: { href: u = d } = {} }`
 * (`= {} as never` in TypeScript where the written type declares the field required). */
export function movedBindingText(el: BindingElement, path: readonly string[]): string {
  const target = el.getNameNode().getText();
  const init = el.getInitializer();
  const key = path[path.length - 1];
  // `{ transactionReference: id }` → `{ workflowExecution: { id } }`, not `{ id: id }`
  const head = key === target && Node.isIdentifier(el.getNameNode()) ? target : `${key}: ${target}`;
  const inner = `${head}${init ? ` = ${init.getText()}` : ''}`;
  // A default on the read (or on the pattern holding it, `{ data: { redirectUrl } = {} }`) says the value may be
  // missing: the new intermediate level (`web`, `workflowExecution`) then defaults to `{}` as well, so the old
  // default still applies instead of destructuring undefined throwing.
  // In TypeScript `{}` must also satisfy the level's declared type, which the response type's rename makes
  // `{ href: string }` when the legacy field was required (round 39: TS2741 on a typed mapper parameter): `{} as never`
  // where the pattern's written type declares the field required (an optional one becomes `{ href?: string }`, and an
  // untyped value is `any`: both take `{}`).
  const owner = el.getParent()?.getParent();
  const tolerant = !!init || (!!owner && Node.isBindingElement(owner) && !!owner.getInitializer());
  const ts = /\.[cm]?tsx?$/.test(el.getSourceFile().getFilePath());
  const legacy = (el.getPropertyNameNode()?.getText() ?? el.getNameNode().getText()).replace(/^['"]|['"]$/g, '');
  const empty = ts && declaredRequired(el, legacy) ? '{} as never' : '{}';
  return path.slice(0, -1).reduceRight((acc, seg) => `${seg}: { ${acc} }${tolerant ? ` = ${empty}` : ''}`, inner);
}

/** The initiate response fields that moved under another object (redirectUrl → web.href…). */
export const MOVED_FIELDS = INITIATE_RESPONSE_FIELD_MOVES.filter((m) => m.kyx.length > 1);

/** The response, left whole, is stored under a key (`{ jumioResponse: res.data }`): string key paths such as
 * "jumioResponse.transactionReference" elsewhere in the file query the stored legacy shape — a data migration, not a
 * code rename — and get a manual item each. */
export function flagStoredKeyPaths(node: Node, edits: EditSet): void {
  const key = Node.isPropertyAssignment(node) || Node.isShorthandPropertyAssignment(node) ? node.getName() : undefined;
  if (!key) return;
  for (const lit of node.getSourceFile().getDescendantsOfKind(SyntaxKind.StringLiteral)) {
    const v = lit.getLiteralValue();
    const move = MOVED_FIELDS.find((m) => v === `${key}.${m.legacy}` || v.endsWith(`.${key}.${m.legacy}`));
    if (move) edits.addManual(lit, `"${v}" queries the stored legacy response; documents stored from now on hold ${key}.${move.kyx.join('.')}: migrate the stored data or query both`);
  }
}

/** Whether the type written for the pattern holding `el` (its declaration's annotation or an `as T` initializer; a type
 * literal, or an interface / type alias of the file) declares `key` required. Anything else: not known to. */
function declaredRequired(el: BindingElement, key: string): boolean {
  let type = writtenType(el.getParent()?.getParent());
  if (type && Node.isTypeReference(type)) {
    const name = type.getTypeName().getText();
    const sf = el.getSourceFile();
    type = sf.getInterface(name) ?? sf.getTypeAlias(name)?.getTypeNode();
  }
  if (!type || !(Node.isTypeLiteral(type) || Node.isInterfaceDeclaration(type))) return false;
  const member = type.getProperty(key);
  return !!member && !member.hasQuestionToken();
}

/** The type written on a variable or parameter, or on the `as` cast it is initialised with, also through one
 * same-file variable it is initialised from (`const json = (await res.json()) as T; const { … } = json`). */
function writtenType(decl: Node | undefined, depth = 0): Node | undefined {
  if (!decl || !(Node.isVariableDeclaration(decl) || Node.isParameterDeclaration(decl))) return undefined;
  if (decl.getTypeNode()) return decl.getTypeNode();
  let init = Node.isVariableDeclaration(decl) ? decl.getInitializer() : undefined;
  while (init && Node.isParenthesizedExpression(init)) init = init.getExpression();
  if (init && Node.isAsExpression(init)) return init.getTypeNode();
  return init && Node.isIdentifier(init) && depth === 0 ? writtenType(findDeclaration(init, init.getText()), 1) : undefined;
}
