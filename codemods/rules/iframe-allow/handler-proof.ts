// Is a message handler a Jumio web-client handler? Delegates to the front-end analysis.
import type { MessageHandler } from '../../analysis-frontend/listeners.js';
import { Node, SyntaxKind } from 'ts-morph';

// TEMPORARY until codemods/analysis-frontend exports its proof: the handler parses its event's data and reads
// the web-client event shape (payload.value / payload.metainfo with transactionReference or workflowExecutionId).
export function isProvenJumioHandler(h: MessageHandler): boolean {
  const param = h.fn.getParameters()[0]?.getName();
  if (!param) return false;
  const body = h.fn.getBody();
  if (!body) return false;
  const parses = body.getDescendantsOfKind(SyntaxKind.CallExpression).some((c) => {
    const callee = c.getExpression().getText().replace(/\s+/g, '');
    const arg = c.getArguments()[0];
    return /(^|\.|\[['"]JSON['"]\]\.)parse$/.test(callee) && /JSON/.test(callee) && !!arg && arg.getText() === `${param}.data`;
  });
  if (!parses) return false;
  const names = new Set(body.getDescendants().filter((n) => Node.isIdentifier(n) || Node.isStringLiteral(n)).map((n) => (Node.isStringLiteral(n) ? n.getLiteralValue() : n.getText())));
  return names.has('payload') && (names.has('transactionReference') || names.has('workflowExecutionId')) && (names.has('value') || names.has('metainfo'));
}
