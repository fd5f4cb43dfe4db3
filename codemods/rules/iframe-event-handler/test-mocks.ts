// A test or story that simulates the web client's event (`win.postMessage(JSON.stringify({ transactionReference,
// eventType: 510, payload: { value: 'success' } }), '*')`): the migrated handler ignores it, so the mock is renamed
// like a handler's read. Only an object of the Jumio event's shape: `transactionReference` and a `payload.value` Jumio
// sends, every other key a Jumio key, and `eventType: 510` or the object posted with postMessage, in a test about
// Jumio (analysis-frontend/test-code.ts). A 3-D Secure mock with `type`/`status` keys is not one. Such a mock dispatched
// as `new MessageEvent('message', { origin: 'https://acme.netverify.com', data })` also comes from the KYX web client's
// origin, in the region the handler's own exact check is translated to (round-15 hold-out: the renamed mock kept the
// legacy origin, which the migrated handler turns away).
import { Node, SyntaxKind, type ObjectLiteralExpression, type SourceFile } from '#ts-morph';
import { IFRAME_EVENT_FIELDS, IFRAME_EVENT_RENAMES, IFRAME_EVENT_TYPE_STATE_CHANGE, IFRAME_PAYLOAD_VALUES, LEGACY, KYX_REGIONS, LEGACY_WEB_CLIENT_DOMAIN, classifyLegacyHost, dataCentreWebClient, kyxWebClientHost } from '../../../api/index.js';
import { descendantsOfKinds } from '../../engine/descendants.js';
import { codeValue, resolveIdentifier, stringValue } from '../../analysis-frontend/syntax.js';
import type { JumioTestFile } from '../../analysis-frontend/test-code.js';
import type { NodeEdit } from './plan.js';
import type { RegionHint } from './region-hint.js';

const KEYS = new Set<string>(IFRAME_EVENT_FIELDS);
const RENAMES = new Map(IFRAME_EVENT_RENAMES.map((r) => [r.legacy, r.kyx]));

export function mockedEventEdits(sf: SourceFile, test: JumioTestFile, regionHint: () => RegionHint | undefined = () => undefined): NodeEdit[] {
  const edits: NodeEdit[] = [];
  for (const obj of descendantsOfKinds(sf, new Set([SyntaxKind.ObjectLiteralExpression])) as ObjectLiteralExpression[]) {
    const props = new Map<string, Node>();
    for (const p of obj.getProperties()) {
      if (!(Node.isPropertyAssignment(p) || Node.isShorthandPropertyAssignment(p))) break;
      const name = Node.isPropertyAssignment(p) ? stringValue(p.getNameNode()) ?? p.getName() : p.getName();
      props.set(name, p);
    }
    if (props.size !== obj.getProperties().length || ![...props.keys()].every((k) => KEYS.has(k))) continue;
    const ref = props.get(LEGACY.transactionReference);
    if (!ref || !jumioPayload(props.get(LEGACY.payload))) continue;
    const type = props.get(LEGACY.eventType);
    const is510 = !!type && Node.isPropertyAssignment(type) && codeValue(type.getInitializerOrThrow()) === IFRAME_EVENT_TYPE_STATE_CHANGE;
    if ((!is510 && !postedWithPostMessage(obj)) || !test.inCase(obj)) continue;
    // Dispatched from a legacy origin: renamed with its origin, or — a host with no KYX web-client counterpart
    // (an API host) — left as it is, for legacy-endpoint's item at the origin (an edit of the statement would hide it
    // on this run only, and a rerun would then add it).
    const origin = dispatchedOrigin(obj);
    const kyxOrigin = origin && kyxOriginOf(origin.value, regionHint);
    if (kyxOrigin === null) continue;
    const next = RENAMES.get(LEGACY.transactionReference)!;
    const message = `simulated Jumio iFrame event (test/story): ${LEGACY.transactionReference} → ${next}`;
    if (Node.isShorthandPropertyAssignment(ref)) {
      edits.push({ sf, start: ref.getStart(), end: ref.getStart(), text: `${next}: `, message });
    } else if (Node.isPropertyAssignment(ref)) {
      const n = ref.getNameNode();
      const quoted = Node.isStringLiteral(n);
      edits.push({ sf, start: n.getStart() + (quoted ? 1 : 0), end: n.getEnd() - (quoted ? 1 : 0), text: next, message });
    }
    if (origin && kyxOrigin) edits.push(originEdit(sf, origin, kyxOrigin));
  }
  // A dispatch whose data is not the event literal itself (`page.evaluate((data) => window.dispatchEvent(new
  // MessageEvent('message', { origin: '…', data })), JSON.stringify(event))`, the events built elsewhere in the
  // file): once the file's events were renamed, it sends them from the KYX web client's origin too (round 52).
  if (edits.length === 0) return edits;
  const done = new Set(edits.map((e) => e.start));
  for (const ctor of sf.getDescendantsOfKind(SyntaxKind.NewExpression)) {
    const origin = messageEventOrigin(ctor);
    const kyxOrigin = origin && !done.has(origin.node.getStart() + 1) && test.inCase(ctor) ? kyxOriginOf(origin.value, regionHint) : undefined;
    if (origin && kyxOrigin) edits.push(originEdit(sf, origin, kyxOrigin));
  }
  return edits;
}

function originEdit(sf: SourceFile, origin: { node: Node; value: string }, kyxOrigin: string): NodeEdit {
  return { sf, start: origin.node.getStart() + 1, end: origin.node.getEnd() - 1, text: kyxOrigin, message: `simulated Jumio iFrame event's origin (test/story): ${origin.value} → ${kyxOrigin}` };
}

/** The KYX web-client origin of a legacy white-label one (`https://acme.netverify.com`: the region of the hint, else
 * the stated one; `https://acme.lon.netverify.com`: its data centre's); null for another legacy Jumio host, undefined
 * for any other origin. */
function kyxOriginOf(value: string, regionHint: () => RegionHint | undefined): string | null | undefined {
  const m = /^(https?:\/\/)([a-z0-9-]+)((?:\.[a-z0-9-]+)*\.[a-z]+)(:\d+)?\/?$/i.exec(value);
  if (!m) return undefined;
  const host = `${m[2]}${m[3]}`;
  const legacy = classifyLegacyHost(host);
  if (legacy?.kind === 'web-client' && legacy.prefix) return `${m[1]}${kyxWebClientHost(legacy.prefix, regionHint()?.region ?? KYX_REGIONS[0])}`;
  const dc = dataCentreWebClient(host);
  if (dc) return `${m[1]}${kyxWebClientHost(dc.prefix, dc.region)}`;
  return legacy || m[3]!.toLowerCase().endsWith(`.${LEGACY_WEB_CLIENT_DOMAIN}`) ? null : undefined;
}

/** The literal `origin` of `new MessageEvent('message', { origin: '…', data: <obj or JSON.stringify(obj)> })`. */
function dispatchedOrigin(obj: Node): { node: Node; value: string } | undefined {
  let cur: Node = obj;
  const p = cur.getParent();
  if (p && Node.isCallExpression(p) && p.getExpression().getText() === 'JSON.stringify' && p.getArguments()[0] === cur) cur = p;
  const data = cur.getParent();
  const init = data && Node.isPropertyAssignment(data) && data.getName() === 'data' && data.getInitializer() === cur ? data.getParent() : undefined;
  const ctor = init?.getParent();
  return ctor && Node.isNewExpression(ctor) && ctor.getArguments()[1] === init ? messageEventOrigin(ctor) : undefined;
}

/** The literal `origin` of a `new MessageEvent('message', { origin: '…', … })`. */
function messageEventOrigin(ctor: Node): { node: Node; value: string } | undefined {
  const init = Node.isNewExpression(ctor) && ctor.getExpression().getText() === 'MessageEvent' ? ctor.getArguments()[1] : undefined;
  if (!init || !Node.isObjectLiteralExpression(init)) return undefined;
  const prop = init.getProperty('origin');
  let lit: Node | undefined = prop && Node.isPropertyAssignment(prop) ? prop.getInitializer() : undefined;
  // `origin: WEB_CLIENT_ORIGIN` (or a shorthand `origin`): the literal of a `const` of the file (round 41).
  const name = lit && Node.isIdentifier(lit) ? lit : prop && Node.isShorthandPropertyAssignment(prop) ? prop.getNameNode() : undefined;
  if (name) lit = constLiteral(name);
  return lit && (Node.isStringLiteral(lit) || Node.isNoSubstitutionTemplateLiteral(lit)) ? { node: lit, value: lit.getLiteralValue() } : undefined;
}

/** The string literal a `const` of the same file is declared with, for an identifier naming it. */
function constLiteral(id: Node): Node | undefined {
  const decl = resolveIdentifier(id);
  if (!decl || !Node.isVariableDeclaration(decl) || decl.getVariableStatement()?.getDeclarationKind() !== 'const') return undefined;
  const init = decl.getInitializer();
  return init && Node.isStringLiteral(init) ? init : undefined;
}

/** `payload: { value: 'success' }` (a value Jumio sends; `metainfo` allowed beside it). */
function jumioPayload(p: Node | undefined): boolean {
  const init = p && Node.isPropertyAssignment(p) ? p.getInitializer() : undefined;
  if (!init || !Node.isObjectLiteralExpression(init)) return false;
  const value = init.getProperty(LEGACY.value);
  const v = value && Node.isPropertyAssignment(value) ? stringValue(value.getInitializerOrThrow()) : undefined;
  return !!v && (IFRAME_PAYLOAD_VALUES as readonly string[]).includes(v)
    && init.getProperties().every((x) => Node.isPropertyAssignment(x) && (x.getName() === LEGACY.value || x.getName() === LEGACY.metainfo));
}

/** The object (or its JSON.stringify) is an argument of a `….postMessage(…)` call. */
function postedWithPostMessage(obj: Node): boolean {
  let cur: Node = obj;
  let p = cur.getParent();
  if (p && Node.isCallExpression(p) && p.getExpression().getText() === 'JSON.stringify') {
    cur = p;
    p = p.getParent();
  }
  return !!p && Node.isCallExpression(p) && p.getArguments()[0] === cur && /(^|\.)postMessage$/.test(p.getExpression().getText());
}
