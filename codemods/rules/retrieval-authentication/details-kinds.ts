// What a value on the way from a retrieval call to its details is (details-flow.ts): the client's response object,
// its body mixin, the JSON text, or the parsed details; and which field of a response destructuring holds the next.
import { Node } from '#ts-morph';

export type Kind = 'fetch-res' | 'undici-res' | 'undici-body' | 'axios-res' | 'sa-res' | 'got-res' | 'text' | 'details' | 'safe-parse';

/** The kind of `{ key }` destructured from a value of `kind` (`{ data }` of an axios response holds the details).
 * `saKey`: the field superagent / Wreck put the parsed body in; `gotJson`: got's body is parsed. */
export function destructuredKind(kind: Kind, key: string, saKey: string, gotJson: boolean): Kind | undefined {
  return kind === 'axios-res' && key === 'data' ? 'details'
    : kind === 'undici-res' && key === 'body' ? 'undici-body'
    : kind === 'sa-res' && key === saKey ? (gotJson ? 'details' : 'text') // web-request's content without json: true is the text
    : kind === 'got-res' && key === 'body' ? (gotJson ? 'details' : 'text')
    : kind === 'safe-parse' && key === 'data' ? 'details'
    : undefined;
}

/** `x['key']` with a literal key: the key. */
export function elementKey(e: Node): string | undefined {
  if (!Node.isElementAccessExpression(e)) return undefined;
  const a = e.getArgumentExpression();
  return a && (Node.isStringLiteral(a) || Node.isNoSubstitutionTemplateLiteral(a)) ? a.getLiteralValue() : undefined;
}
