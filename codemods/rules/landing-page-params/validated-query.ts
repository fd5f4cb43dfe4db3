// h3 / Nitro server routes: `await getValidatedQuery(event, Schema.parse)` (also `(q) => Schema.parse(q)`) returns
// the query the schema produced from the URL. Like TanStack's validateSearch (tanstack-search.ts), the schema names
// the URL's keys: left on the legacy names it rejects the KYX redirect, so its keys (zod, valibot, yup: any
// `x.object({…})` of the same file, inline or through a const) are renamed with the reads; a validator the file
// does not show as such a schema is flagged. Round-9 hold-out (left silent).
import { Node, SyntaxKind, type SourceFile } from '#ts-morph';
import type { Edit, ManualItem } from '../../engine/types.js';
import { existingMarkers } from '../../engine/markers.js';
import { schemaKeyEdits, schemaObject } from './tanstack-search.js';

export const VALIDATED_QUERY = 'validated-query@';

/** `getValidatedQuery(event, validator)`. */
export function isValidatedQuery(call: Node): boolean {
  return Node.isCallExpression(call) && call.getExpression().getText() === 'getValidatedQuery' && call.getArguments().length === 2;
}

/** The schema the validator parses with: `S.parse` / `S.parseAsync`, or a function whose body returns `S.parse(q)`. */
function validatorSchema(v: Node): Node | undefined {
  const fn = Node.isArrowFunction(v) || Node.isFunctionExpression(v) ? v : undefined;
  const body = fn?.getBody();
  const ret = body && Node.isBlock(body) ? body.getStatements().filter(Node.isReturnStatement)[0]?.getExpression() : body;
  const member = fn ? (ret && Node.isCallExpression(ret) ? ret.getExpression() : undefined) : v;
  return member && Node.isPropertyAccessExpression(member) && /^(parse|parseAsync)$/.test(member.getName()) ? schemaObject(member.getExpression()) : undefined;
}

/** Renames in the schema of the `getValidatedQuery` call the group key names; flagged when it shows no schema. */
export function validatedQueryEdits(sf: SourceFile, key: string, off: number, why: string): { edits: Edit[]; manual: ManualItem[] } {
  const pos = Number(key.slice(VALIDATED_QUERY.length));
  const call = sf.getDescendantsOfKind(SyntaxKind.CallExpression).find((c) => c.getStart() === pos && isValidatedQuery(c));
  const validator = call?.getArguments()[1];
  const obj = validator && validatorSchema(validator);
  if (obj) return { edits: schemaKeyEdits(obj, off, `the schema getValidatedQuery checks the query with (${why})`), manual: [] };
  return { edits: [], manual: call ? [{ pos: call.getStart() + off, message: OTHER_VALIDATOR }] : [] };
}

const OTHER_VALIDATOR = 'the validator given to getValidatedQuery names the redirect parameters: accept acquisitionStatus and workflowExecutionId there (KYX sends them instead of transactionStatus and transactionReference), as the reads here were renamed';

/** A rerun over reads this rule renamed: the validator's item is reported again while its marker stands. */
export function rereportValidator(key: string, off: number, text: string): ManualItem[] {
  const pos = Number(key.slice(VALIDATED_QUERY.length)) + off;
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  return existingMarkers(text, lineStart).some((m) => m.message === OTHER_VALIDATOR) ? [{ pos, message: OTHER_VALIDATOR }] : [];
}
