// A zod schema that validates the legacy retrieval details (`const Details = z.object({ transactionReference:
// z.string(), transactionResult: z.enum([…]) })` … `Details.safeParse(await res.json())`): `parse` / `parseAsync`
// give the details back, `safeParse` / `safeParseAsync` hold them on `.data`. A valibot one likewise
// (`v.parse(Details, await res.json())`, `parseAsync`; its safeParse holds them on `.output`, not followed). The
// schema's exact keys move under `workflow` (as details-types.ts does for an interface); the keys KYX no longer has are
// flagged, since parsing a KYX response fails while they are required.
import { Node, SyntaxKind, type CallExpression, type ObjectLiteralExpression } from '#ts-morph';
import { AUTH_RETRIEVAL_FIELDS, findRetrievalField } from '../../../api/index.js';
import type { EditSet } from '../../analysis/edit-set.js';
import { isExportedDeclaration } from '../../analysis/exports.js';
import { findDeclaration, propertyKey } from '../../analysis/resolve-binding.js';
import { objectSchema } from '../../analysis/zod-response-schema.js';
import { valibotObjectCall, valibotObjectShape, valibotValidation } from '../../analysis/valibot-schema.js';
import type { Flag } from './details-types.js';

const LEGACY_NAMES = new Set(AUTH_RETRIEVAL_FIELDS.map((f) => f.legacy));

export interface DetailsSchema {
  obj: ObjectLiteralExpression;
  /** How the file spells an object schema: `z.object`, `v.object`. */
  objectCall: string;
  library: 'zod' | 'valibot';
  /** 'details': the call returns them (parse); 'safe': on `.data` of its result (safeParse). */
  result: 'details' | 'safe';
  promise: boolean;
}

/** `Schema.parse(details)` (and the async / safe variants) or valibot's `v.parse(Schema, details)`, `details` being
 * the value validated, with a non-exported object schema of this file, read only there, that spells at least two
 * legacy retrieval fields. */
export function detailsSchemaOf(call: CallExpression, details: Node): DetailsSchema | undefined {
  const callee = call.getExpression();
  const valibot = valibotValidation(call);
  const method = valibot ? (callee.getText().match(/[\w$]+$/)?.[0] ?? '') : Node.isPropertyAccessExpression(callee) ? callee.getName() : '';
  if (!(valibot ? ['parse', 'parseAsync'] : ['parse', 'parseAsync', 'safeParse', 'safeParseAsync']).includes(method)) return undefined;
  const id = valibot ? valibot.schema : (callee as import('ts-morph').PropertyAccessExpression).getExpression();
  if ((valibot ? valibot.value : call.getArguments()[0]) !== details || !Node.isIdentifier(id)) return undefined;
  const decl = findDeclaration(id, id.getText());
  const st = decl && Node.isVariableDeclaration(decl) ? decl.getVariableStatement() : undefined;
  const init = decl && Node.isVariableDeclaration(decl) ? decl.getInitializer() : undefined;
  if (!st || !init || isExportedDeclaration(st) || st.getDeclarationKind() !== 'const') return undefined;
  const zod = valibot ? undefined : objectSchema(init);
  const shape = valibot ? valibotObjectShape(init) : zod?.obj;
  const objectCall = valibot ? valibotObjectCall(init) : zod && `${zod.z}.object`;
  if (!shape || !Node.isObjectLiteralExpression(shape) || !objectCall) return undefined;
  const name = id.getText();
  const reads = decl!.getSourceFile().getDescendantsOfKind(SyntaxKind.Identifier).filter((r) => r.getText() === name &&
    r !== (decl as import('ts-morph').VariableDeclaration).getNameNode() && !r.getFirstAncestorByKind(SyntaxKind.TypeQuery) &&
    // `type Details = z.infer<typeof Details>` named like the schema: its name and annotations are types (round 45).
    !Node.isTypeReference(r.getParent()) && !Node.isTypeAliasDeclaration(r.getParent()) && findDeclaration(r, name) === decl);
  if (reads.length !== 1 || reads[0] !== id) return undefined;
  const legacy = shape.getProperties().filter((p) => Node.isPropertyAssignment(p) && LEGACY_NAMES.has(propertyKey(p.getNameNode()) ?? ''));
  if (legacy.length < 2) return undefined;
  return { obj: shape, objectCall, library: valibot ? 'valibot' : 'zod', result: method.startsWith('safe') ? 'safe' : 'details', promise: method.endsWith('Async') };
}

/** The exact keys → `workflow: z.object({ id: …, userReference: … })`; the others flagged. */
export function updateDetailsSchema(s: DetailsSchema, edits: EditSet, flag: Flag): void {
  const props = s.obj.getProperties().filter((p) => Node.isPropertyAssignment(p));
  if (props.some((p) => propertyKey(p.getNameNode()) === 'workflow')) return;
  const legacy = props.map((p) => ({ p, field: findRetrievalField(propertyKey(p.getNameNode()) ?? '') })).filter((x) => x.field && LEGACY_NAMES.has(x.field.legacy));
  const exact = legacy.filter((x) => x.field!.certainty === 'exact');
  if (exact.length) {
    const outer = exact[0]!.field!.kyx![0];
    const inner = exact.map(({ p, field }) => `${field!.kyx![1]}: ${p.getInitializerOrThrow().getText()}`).join(', ');
    edits.replaceNode(exact[0]!.p, `${outer}: ${s.objectCall}({ ${inner} })`, `retrieval details schema: ${exact.map((x) => x.field!.legacy).join(', ')} → ${outer}.*`);
    for (const { p } of exact.slice(1)) {
      const text = p.getSourceFile().getFullText();
      let end = p.getEnd();
      if (text[end] === ',') end++;
      const lineStart = text.lastIndexOf('\n', p.getStart() - 1) + 1;
      const alone = /^[ \t]*$/.test(text.slice(lineStart, p.getStart())) && text[end] === '\n';
      edits.replaceRange(p, alone ? lineStart : p.getStart(), alone ? end + 1 : end, '', `retrieval details schema: ${propertyKey(p.getNameNode())} moved under ${outer}`);
    }
  }
  const rest = legacy.filter((x) => x.field!.certainty !== 'exact');
  if (rest.length) {
    flag(s.obj, `this ${s.library} schema describes the legacy retrieval details, and parsing a KYX response fails while it requires ${rest
      .map((x) => x.field!.legacy).join(', ')}: remove ${rest.length > 1 ? 'them (or make them' : 'it (or make it'} optional) and read ${rest
      .map((x) => `${x.field!.legacy} from ${x.field!.where}`).join('; ')}`);
  }
}
