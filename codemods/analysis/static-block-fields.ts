// A private static field with no initialiser, set in the class's static initialisation blocks (`static #url;` …
// `static { this.#url = 'https://lon.netverify.com/…'; this.#basic = Buffer.from(…).toString('base64'); }`): once the
// migrated call no longer reads it, the field and the statements that set it are dead code, and a static block left
// with nothing else goes too (round-14 hold-out auth-class-static-block: the Basic credentials stayed in the file).
// Only when every write of the field is such a statement, `this.#x = v;` or `Client.#x = v;` directly in a static
// block, with a side-effect-free `v` (unused-declarations.ts removes them, privateField lets the field be a candidate).
import { Node, SyntaxKind, type ExpressionStatement, type PropertyDeclaration } from '#ts-morph';
import { sideEffectFree } from './side-effect-free.js';
import { isWritten } from './written.js';

/** The statements of the class's static blocks that set `member`, when they are its only writes (see above). */
export function staticBlockWrites(member: PropertyDeclaration): ExpressionStatement[] | undefined {
  const cls = member.getParent();
  if (!member.isStatic() || member.hasInitializer() || !(Node.isClassDeclaration(cls) || Node.isClassExpression(cls))) return undefined;
  const name = member.getName();
  const out: ExpressionStatement[] = [];
  for (const a of cls.getDescendantsOfKind(SyntaxKind.PropertyAccessExpression)) {
    if (a.getName() !== name || !isWritten(a)) continue;
    const assign = a.getParent();
    const st = assign?.getParent();
    const block = st?.getParent()?.getParent();
    const target = a.getExpression();
    const ownTarget = Node.isThisExpression(target) || (Node.isIdentifier(target) && target.getText() === cls.getName());
    if (!Node.isBinaryExpression(assign) || assign.getOperatorToken().getKind() !== SyntaxKind.EqualsToken || !Node.isExpressionStatement(st) ||
      !Node.isClassStaticBlockDeclaration(block) || block.getParent() !== cls || !ownTarget || !sideEffectFree(assign.getRight())) return undefined;
    out.push(st);
  }
  return out.length ? out : undefined;
}

/** The static block around `st` when every one of its statements is in `removed` (the block goes whole then). */
export function emptiedStaticBlock(st: Node, removed: ReadonlySet<Node>): Node | undefined {
  const block = st.getParent()?.getParent();
  if (!Node.isClassStaticBlockDeclaration(block)) return undefined;
  return block.getStatements().every((s) => removed.has(s)) ? block : undefined;
}
