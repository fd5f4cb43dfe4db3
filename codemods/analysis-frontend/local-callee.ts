// The local function a call in a message handler invokes, for the handler's data flow (event-data.ts): a function of
// the same file or page (`handle(e)`, `const handle = (e) => …`), one the handler's own file imports (one hop:
// `import { handleJumio } from './jumio'`), or a `this.x` member of the handler's class.
import { Node, SyntaxKind, type SourceFile } from '#ts-morph';
import { isFunctionLike, resolveIdentifier, unwrap, type FunctionLikeNode } from './syntax.js';
import { findThisMember, resolveHandler, type ListenerSearchOptions } from './listeners.js';

export function localCallee(call: Node, fn: FunctionLikeNode, globals: readonly SourceFile[], imports: ListenerSearchOptions): FunctionLikeNode | undefined {
  if (!Node.isCallExpression(call)) return undefined;
  const callee = unwrap(call.getExpression());
  let target: Node | undefined;
  if (Node.isIdentifier(callee)) {
    const decl = resolveIdentifier(callee, globals);
    target = decl && Node.isVariableDeclaration(decl) ? decl.getInitializer() : decl;
    const imported = decl && (Node.isImportSpecifier(decl) || Node.isImportClause(decl.getParent()));
    if (imported && imports.project && callee.getSourceFile() === fn.getSourceFile()) target = resolveHandler(callee, imports, 0)?.fn;
  } else if (Node.isPropertyAccessExpression(callee) && callee.getExpression().getKind() === SyntaxKind.ThisKeyword) {
    target = findThisMember(callee, callee.getName());
  }
  target = target ? unwrap(target) : undefined;
  return isFunctionLike(target) ? target : undefined;
}
