// Receivers of the legacy ID Verification callback (the form a v4 initiate's callbackUrl gets: verificationStatus,
// jumioIdScanReference, idScanStatus…). The enrolment rule migrates that initiate to a KYX account create and leaves
// an item at the call; the receiver itself, often in another file, would keep parsing a form that no longer comes.
// It gets its own item when a v4 initiate of the run posts to it: a file of the run that sends a body with a
// callbackUrl to v4/initiate spells the receiver's route (`${PUBLIC_URL}/webhooks/jumio-idv` for
// `router.post('/webhooks/jumio-idv', …)`, Nest's @Controller('kyc') + @Post('netverify-callback')). A receiver
// whose enrolment is elsewhere (a mobile SDK, another service) gets nothing: that enrolment is not migrated here.
// Proven like the authentication handlers (handler-proof.ts: read from the request of a handler-shaped function), by
// Jumio-only spellings: jumioIdScanReference, or idScanStatus, with another field of the form; the NETVERIFYID
// callback type; or verificationStatus compared with one of its legacy values (`NO_ID_UPLOADED`,
// `APPROVED_VERIFIED`…: a real integration checks only that one field). Nothing is rewritten.
import { Node, SyntaxKind, type SourceFile } from '#ts-morph';
import { descendantsOfKinds } from '../../engine/descendants.js';
import { LEGACY, LEGACY_CALLBACK_TYPE_ID_VERIFICATION, LEGACY_V4_CALLBACK, LEGACY_VERIFICATION_STATUSES } from '../../../api/index.js';
import type { ProjectView } from '../../engine/types.js';
import { fieldsRead, handlerLike, siteOf } from './handler-proof.js';
import { hapiRoutePath } from './route-objects.js';
import { fileRoutePath } from './file-route.js';

const V4_NAMES: ReadonlySet<string> = new Set(Object.values(LEGACY_V4_CALLBACK));
/** Spellings only Jumio's ID Verification callback uses. */
const STRONG: readonly string[] = [LEGACY_V4_CALLBACK.jumioIdScanReference, LEGACY_V4_CALLBACK.idScanStatus];
const FN_KINDS = new Set([SyntaxKind.ArrowFunction, SyntaxKind.FunctionExpression, SyntaxKind.FunctionDeclaration, SyntaxKind.MethodDeclaration]);

export interface IdVerificationReceiver {
  site: Node;
  fields: string[];
}

/** The handlers of the file that read the legacy ID Verification callback, outside the `taken` ones (already
 * proven authentication callback handlers). */
export function idVerificationReceivers(sf: SourceFile, taken: readonly Node[], project: ProjectView, filePath: string, absPath: string): IdVerificationReceiver[] {
  const out: (IdVerificationReceiver & { fn: Node })[] = [];
  const text = sf.getFullText();
  if (!project.runFiles || (!STRONG.some((s) => text.includes(s)) && !text.includes(LEGACY_CALLBACK_TYPE_ID_VERIFICATION) &&
    !(text.includes(LEGACY_V4_CALLBACK.verificationStatus) && LEGACY_VERIFICATION_STATUSES.some((s) => text.includes(s))))) return [];
  for (const fn of descendantsOfKinds(sf, FN_KINDS)) {
    if (!handlerLike(fn)) continue;
    const inside = (h: Node) => h === fn || fn.getAncestors().includes(h as never);
    if (taken.some(inside) || out.some((h) => inside(h.fn))) continue;
    const { fields, literal } = fieldsRead(fn, V4_NAMES, LEGACY_CALLBACK_TYPE_ID_VERIFICATION);
    const strong = fields.some((f) => STRONG.includes(f));
    if (!((strong && fields.length >= 2) || (literal && fields.length >= 1) || (fields.includes(LEGACY_V4_CALLBACK.verificationStatus) && comparesStatus(fn)))) continue;
    const { paths, literals } = routePaths(fn, filePath);
    if (paths.length && postedToBy(paths, project, { absPath, literals })) out.push({ fn, site: siteOf(fn), fields });
  }
  return out.map(({ site, fields }) => ({ site, fields }));
}

export function idVerificationMessage(fields: readonly string[]): string {
  return `legacy Jumio ID Verification callback (form fields ${fields.join(', ')}): once the v4 enrolment whose callbackUrl points here ` +
    'is a KYX account create (initiate-enrollment migrates the v4 initiates of this repository), KYX posts application/json here — callbackSentAt, ' +
    'workflowExecution { id, href, definitionKey, status } and account { id, href }, with no verificationStatus, idScanStatus, ' +
    'jumioIdScanReference or images: parse JSON, answer 200, then GET workflowExecution.href (retrieval API, OAuth2 Bearer token) ' +
    'for the decision, and store account.id with the ID credential id (later authentications need them; see MIGRATION.md)';
}

/** The route a receiver is registered under: the string first argument of its registration (`router.post('/cb', fn)`,
 * `app.route('/cb').post(fn)`), Nest's controller prefix + method path, a file-system route's path (file-route.ts). */
function routePaths(fn: Node, filePath: string): { paths: string[]; literals: string[] } {
  const literal = (n: Node | undefined) => (n && (Node.isStringLiteral(n) || Node.isNoSubstitutionTemplateLiteral(n)) ? n.getLiteralValue() : undefined);
  const call = fn.getParent();
  if (Node.isCallExpression(call) && call.getArguments().includes(fn as never)) {
    const first = call.getArguments()[0];
    const own = literal(first);
    const callee = call.getExpression();
    const chainedAt = Node.isPropertyAccessExpression(callee) && Node.isCallExpression(callee.getExpression())
      ? (callee.getExpression() as import('ts-morph').CallExpression).getArguments()[0] : undefined;
    const path = own ?? literal(chainedAt);
    // The registration's own literal, as written: it spells the route too (postedToBy leaves it out).
    if (path) return { paths: [path], literals: [(own ? first! : chainedAt!).getText()] };
    // A call without a route literal (Nitro's defineEventHandler(fn)): the file's route, below.
  }
  const hapi = hapiRoutePath(fn);
  if (hapi) return { paths: [hapi.getLiteralValue()], literals: [hapi.getText()] };
  if (Node.isMethodDeclaration(fn)) {
    const route = fn.getDecorators().find((d) => /^(Post|Put|All)$/.test(d.getName()));
    const cls = fn.getParent();
    const prefix = Node.isClassDeclaration(cls) ? literal(cls.getDecorator('Controller')?.getArguments()[0]) ?? '' : '';
    return { paths: route ? [`${prefix}/${literal(route.getArguments()[0]) ?? ''}`] : [], literals: [] };
  }
  const route = fileRoutePath(filePath);
  return { paths: route ? [route] : [], literals: [] };
}

/** A route parameter segment: Express/Nest `:tenant`, Next.js `[tenant]`, `{tenant}`. */
const PARAM = /^(?::[\w$]+|\[[\w$]+\]|\{[\w$]+\})$/;

/** The route as the callbackUrl spells it (as the URL's end): literal segments as written, a parameter segment as a
 * template substitution (`${PUBLIC_URL}/webhooks/jumio-idv/${tenantId}` for '/jumio-idv/:tenant'). */
function spelledRoute(p: string): RegExp | undefined {
  const segs = p.split('/').filter(Boolean);
  if (!segs.some((s) => !PARAM.test(s) && /[\w-]{3}/.test(s)) || segs.some((s) => !PARAM.test(s) && /[:*{[]/.test(s))) return undefined;
  const body = segs.map((s) => (PARAM.test(s) ? '\\$\\{[^}\\n]+\\}' : s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('/');
  return new RegExp(`/${body}(?![\\w/-])`);
}

/** Does a file of the run send a v4 initiate body whose callbackUrl spells one of the paths (as the URL's end)? */
function postedToBy(paths: string[], project: ProjectView, own: { absPath: string; literals: string[] }): boolean {
  const spelled = paths.map(spelledRoute).filter((r): r is RegExp => r !== undefined);
  if (!spelled.length) return false;
  return (project.runFiles?.() ?? []).some((file) => {
    let text = project.readFile(file); // as on disk: the enrolment rule may already have rewritten this file's initiate
    // In the receiver's own file its registration spells the route too (`router.post('/kyc/done', …)`): not a callbackUrl.
    if (text && file === own.absPath) {
      // hapi's `path: '/kyc/done'` likewise.
      for (const lit of own.literals) text = text.replace(new RegExp(`(\\(|\\bpath\\s*:)\\s*${lit.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*[,)}\\n]`, 'g'), '(');
    }
    return !!text && text.includes('v4/initiate') && text.includes(LEGACY.callbackUrl) && spelled.some((r) => r.test(text));
  });
}

const STATUSES: ReadonlySet<string> = new Set(LEGACY_VERIFICATION_STATUSES);
/** Does the handler spell a legacy verificationStatus value as a string (`=== 'NO_ID_UPLOADED'`, a `case`, a list)? */
function comparesStatus(fn: Node): boolean {
  const text = fn.getText();
  if (!LEGACY_VERIFICATION_STATUSES.some((s) => text.includes(s))) return false;
  return fn.getDescendants().some((d) => (Node.isStringLiteral(d) || Node.isNoSubstitutionTemplateLiteral(d)) && STATUSES.has(d.getLiteralValue()));
}
