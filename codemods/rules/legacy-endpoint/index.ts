// legacy-endpoint: the catch-all. Reports every string or template literal (and, in HTML/Vue, every attribute
// value) that holds a legacy Jumio host plus a legacy path — or a legacy base URL — as a manual item, and in code a
// literal that is only the authentication initiate or retrieval path (its host set elsewhere); in a page's server
// code (PHP, JSP/ERB/EJS scriptlets) the same, line by line, without a marker (server-code.ts). It never rewrites
// anything.
//
// "That no other rule handles": the registry runs this rule LAST, and the engine passes it `ctx.prior`, the ranges
// earlier rules edited and the sites they flagged in this file in this run. A literal is skipped when prior work
// touches it or the simple statement around it (e.g. the initiate rule rewrote or flagged the call that uses the
// URL). URLs that another file's rule rewrote through ExternalEdits are no longer legacy by the time this rule runs,
// because the engine applies those edits first. Anything else that is still legacy is reported, so `scan` and
// `--check` see every legacy endpoint that is left — except in compiled output (bundles, tsc/babel CommonJS,
// minified code: see engine/compiled-output.ts), which is regenerated from its source: the engine runs no rule on it.
import { permissionsPolicyMessage } from './permissions-policy.js';
import { regexOriginHit } from './regex-origins.js';
import { ts } from '#ts-morph';
import { isKyxHost } from '../../../api/index.js';
import { HELPER_EXPORTS } from '../../analysis/kyx-helper.js';
import type { ManualItem, PriorWork, Rule, RuleContext, RuleFile, RuleResult } from '../../engine/types.js';
import { readersOfExportedConstant } from './exported-constants.js';
import { findLegacyPathOnly, findLegacyUrls, HOLE, LEGACY_HOST_NEEDLES, LEGACY_PATH_NEEDLES } from './find-legacy-urls.js';
import { messageFor, pathOnlyMessage, type SiteKind } from './messages.js';
import { scanServerCode } from './server-code.js';
import { nodeStartingAt, readOnlyByFlaggedCalls } from './flagged-calls.js';

export const RULE_ID = 'legacy-endpoint';

const STATEMENT_KINDS = new Set<ts.SyntaxKind>([
  ts.SyntaxKind.ExpressionStatement, ts.SyntaxKind.VariableStatement, ts.SyntaxKind.ReturnStatement,
  ts.SyntaxKind.ThrowStatement, ts.SyntaxKind.PropertyDeclaration, ts.SyntaxKind.ExportAssignment,
]);

/** The simple statement (or the condition of an if/while/switch) around a node. */
function enclosingStatement(node: ts.Node): { stmt: ts.Node; end: number } | undefined {
  let child = node;
  for (let n = node.parent; n; child = n, n = n.parent) {
    if (STATEMENT_KINDS.has(n.kind)) return { stmt: n, end: n.end };
    if ((ts.isIfStatement(n) || ts.isWhileStatement(n) || ts.isSwitchStatement(n)) && child === n.expression) return { stmt: n, end: n.expression.end };
    if (ts.isBlock(n) || ts.isSourceFile(n)) break;
  }
  return undefined;
}

function touched(prior: readonly PriorWork[], start: number, end: number): boolean {
  return prior.some((w) => w.rule !== RULE_ID && w.start <= end && w.end >= start);
}

/** The base URL of an instance's config: `axios.create({ baseURL })`, `got.extend({ prefixUrl })`, `request.defaults({ baseUrl })`. */
function isInstanceBase(node: ts.Node): boolean {
  const prop = node.parent;
  const obj = prop?.parent;
  const call = obj?.parent;
  return !!prop && ts.isPropertyAssignment(prop) && prop.initializer === node && /^(baseURL|baseUrl|prefixUrl|prefixURL)$/.test(prop.name.getText()) &&
    !!call && ts.isCallExpression(call) && ts.isPropertyAccessExpression(call.expression) && ['create', 'extend', 'defaults'].includes(call.expression.name.text);
}

/**
 * Did an earlier rule handle the literal? An edit anywhere in its statement counts. A flag counts when it is on the
 * statement, on the literal, or on a node holding the literal (the call that uses the URL) — not a flag on another
 * literal of a long statement (a web-client URL in the same handler list), nor one on an axios/got/request instance
 * (about its credentials or calls: the legacy base URL in its config is still there after the calls moved to KYX).
 */
function handled(prior: readonly PriorWork[], node: ts.Node, around: ReturnType<typeof enclosingStatement>, sf: ts.SourceFile, offset: number): boolean {
  const start = node.getStart(sf);
  const stmt = around?.stmt;
  const [s, e] = stmt ? [stmt.getStart(sf), around.end] : [start, node.end];
  return prior.some((w) => {
    if (w.rule === RULE_ID || w.start > e + offset || w.end < Math.min(s, start) + offset) return false;
    // A deletion that now sits just where the statement starts or ends removed a neighbour, not part of it: the
    // white-label host const after a removed initiate URL const was missed on the first run and reported on the
    // second (hold-out round 19, rerun/auth-express-helmet-csp-fetch).
    // So does an edit that ends where the statement starts or starts where it ends: a helper's `require` inserted on
    // the line above the URL const that a migrated call no longer reads alone (hold-out round 48).
    if ((w.deletion || (w.kind === 'edit' && w.start < w.end)) && (w.end === Math.min(s, start) + offset || w.start === e + offset)) return false;
    if (w.kind === 'edit' || !stmt) return true;
    // A flag on an instance is about its credentials or calls: its legacy base URL stays until a human removes it.
    if (isInstanceBase(node)) return false;
    const at = w.start - offset;
    if (at === s || (at >= start && at <= node.end)) return true;
    const flagged = nodeStartingAt(stmt, at, sf);
    return !!flagged && flagged.getStart(sf) <= start && node.end <= flagged.end;
  });
}

const MSW_IMPORT = /\bfrom\s*['"]msw(\/[\w/-]+)?['"]|\brequire\(\s*['"]msw['"]\s*\)/;
const LOG_METHODS = new Set(['log', 'info', 'warn', 'error', 'debug', 'trace']);

/** A literal passed straight to `nock(…)` is a test mock's host; one passed to console.x / logger.x is log text. */
/** `event.origin`, `e.origin`, `origin`, `new URL(e.origin).hostname`: the sender's origin of a message event. */
const ORIGIN_TEXT = /(^|\.)origin\)?(\.hostname|\.host)?$/;

/** A Content-Security-Policy source list: the directive in the same string (`"frame-src 'self' https://lon.netverify.com"`),
 * or helmet's `frameSrc: ['…']` / `'frame-src': […]` array the literal is an element of. */
const CSP_DIRECTIVE = /\b(?:default|frame|child|connect|script|img|media|worker|style|font)-src\b|\bframe-ancestors\b/;
const CSP_KEY = /^['"]?(?:default|frame|child|connect|script|img|media|worker|style|font)(?:Src|-src)['"]?$|^['"]?frame-?[aA]ncestors['"]?$/;
function cspDirective(node: ts.Node): boolean {
  if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) && CSP_DIRECTIVE.test(node.getText())) return true;
  const list = node.parent;
  return !!list && ts.isArrayLiteralExpression(list) && !!list.parent && ts.isPropertyAssignment(list.parent) && CSP_KEY.test(list.parent.name.getText());
}

function siteOf(node: ts.Node): SiteKind {
  if (cspDirective(node)) return 'csp';
  const call = node.parent;
  // `origin === 'https://netverify.com'`, `e.origin.endsWith('netverify.com')`, `origin.indexOf('netverify.com')`.
  if (call && ts.isBinaryExpression(call) && /^[!=]==?$/.test(ts.tokenToString(call.operatorToken.kind) ?? '')) {
    const other = call.left === node ? call.right : call.left;
    if (ORIGIN_TEXT.test(other.getText())) return 'origin-check';
  }
  if (call && ts.isCallExpression(call) && ts.isPropertyAccessExpression(call.expression) && call.arguments[0] === node &&
      /^(indexOf|includes|startsWith|endsWith)$/.test(call.expression.name.text) && ORIGIN_TEXT.test(call.expression.expression.getText())) return 'origin-check';
  if (!call || !ts.isCallExpression(call) || !call.arguments.includes(node as ts.Expression)) return 'code';
  const callee = call.expression;
  if (ts.isIdentifier(callee) && callee.text === 'nock') return 'test-mock';
  // msw request handlers (`http.post(url, resolver)`, v1 `rest.get(…)`) in a file that imports msw.
  if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && /^(http|rest)$/.test(callee.expression.text) &&
      call.arguments[0] === node && MSW_IMPORT.test(node.getSourceFile().text)) return 'test-mock';
  if (ts.isPropertyAccessExpression(callee) && LOG_METHODS.has(callee.name.text)) {
    const target = callee.expression;
    const name = ts.isIdentifier(target) ? target.text : ts.isPropertyAccessExpression(target) ? target.name.text : '';
    if (/^(console|log|logger)$/i.test(name)) return 'log';
  }
  return 'code';
}

/** A legacy origin check of a handler that also accepts the KYX web client's origin (a `.jumio.ai` check in the same
 * function, or one regex naming both): written for both web clients during the switch, left as is (MIGRATION.md; the
 * item would come back on every run while the switch lasts: hold-out round 57). */
function acceptsKyxOrigin(node: ts.Node): boolean {
  if (ts.isRegularExpressionLiteral(node)) return /jumio\\?\.ai/.test(node.text);
  let fn = node.parent;
  while (fn && !ts.isFunctionLike(fn)) fn = fn.parent;
  let found = false;
  const visit = (n: ts.Node): void => {
    if ((ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) && /jumio\.ai/.test(n.text) && siteOf(n) === 'origin-check') found = true;
    else if (!found) ts.forEachChild(n, visit);
  };
  if (fn) visit(fn);
  return found;
}

function literalValue(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) {
    return node.head.text + node.templateSpans.map((s) => HOLE + s.literal.text).join('');
  }
  return undefined;
}

/** A legacy URL that is the key of a legacy → KYX map entry (`{ 'https://netverify.com': 'https://account.amer-1.jumio.ai' }`,
 * the region lookup the initiate rules write) only names what the KYX value replaces: not a legacy endpoint in use. */
function isMigrationMapKey(node: ts.Node): boolean {
  const p = node.parent;
  if (!p || !ts.isPropertyAssignment(p) || p.name !== node) return false;
  const v = p.initializer;
  if (!ts.isStringLiteral(v) && !ts.isNoSubstitutionTemplateLiteral(v)) return false;
  try {
    return isKyxHost(new URL(v.text).hostname);
  } catch {
    return false;
  }
}

const isFunction = (n: ts.Node | undefined): boolean => !!n && (ts.isArrowFunction(n) || ts.isFunctionExpression(n));

/** The path of a server route (`app.post('/api/…', handler)`, `router.get(path, auth, handler)`, hapi's
 * `{ method, path, handler }`): a local fake or proxy of the legacy API, not a call to it. */
function isRouteRegistration(node: ts.Node): boolean {
  const p = node.parent;
  if (p && ts.isPropertyAssignment(p) && p.initializer === node && ts.isObjectLiteralExpression(p.parent)) {
    return p.parent.properties.some((q) => q.name && /^handler$/.test(q.name.getText()));
  }
  if (!p || !ts.isCallExpression(p) || p.arguments[0] !== node || p.arguments.length < 2) return false;
  const second = p.arguments[1]!;
  return isFunction(p.arguments[p.arguments.length - 1]) && (isFunction(second) || ts.isIdentifier(second) || ts.isPropertyAccessExpression(second));
}

/** Does the statement hold a legacy URL with its host (reported on its own: a nock mock's host before its `.get(path)`)? */
function hasLegacyUrl(stmt: ts.Node): boolean {
  let found = false;
  const visit = (n: ts.Node): void => {
    const v = found ? undefined : literalValue(n);
    if (v !== undefined && findLegacyUrls(v).length > 0) found = true;
    if (!found) ts.forEachChild(n, visit);
  };
  visit(stmt);
  return found;
}

function scanScripts(file: RuleFile, prior: readonly PriorWork[], out: ManualItem[], ctx: RuleContext): void {
  // Migrated in this run, or by an earlier run (the file already calls the KYX token helper the rules write):
  // a scan after --write must not call the constants a migrated call still reads "not migrated".
  const others = prior.filter((w) => w.rule !== RULE_ID);
  const migratedHere = others.some((w) => w.kind === 'edit') || new RegExp(`\\b${HELPER_EXPORTS.token}\\(`).test(file.text);
  for (const block of file.scripts) {
    const sf = block.sourceFile.compilerNode;
    const visit = (node: ts.Node): void => {
      const rx = regexOriginHit(node); // a regex origin check (regex-origins.ts)
      if (rx && !(rx.site === 'origin-check' && acceptsKyxOrigin(node)) && !handled(prior, node, enclosingStatement(node), sf, block.offset)) out.push({ pos: node.getStart(sf) + block.offset, message: messageFor(rx.hit, rx.site) });
      const value = literalValue(node);
      if (value !== undefined) {
        const hit = isMigrationMapKey(node) ? undefined : findLegacyUrls(value)[0];
        if (hit) {
          if (!handled(prior, node, enclosingStatement(node), sf, block.offset) && !readOnlyByFlaggedCalls(others, node, sf, block.offset)
            && !(siteOf(node) === 'origin-check' && acceptsKyxOrigin(node))) {
            out.push({ pos: node.getStart(sf) + block.offset, message: permissionsPolicyMessage(hit, value) ??
              messageFor(hit, siteOf(node), migratedHere, readersOfExportedConstant(node, file, ctx)) });
          }
        } else {
          const path = findLegacyPathOnly(value);
          const around = enclosingStatement(node);
          if (path && siteOf(node) === 'code' && !isRouteRegistration(node) && !handled(prior, node, around, sf, block.offset) &&
              !(around && hasLegacyUrl(around.stmt)) && !readOnlyByFlaggedCalls(others, node, sf, block.offset)) {
            out.push({ pos: node.getStart(sf) + block.offset, message: pathOnlyMessage(path.route, path.display) });
          }
        }
        if (!ts.isTemplateExpression(node)) return;
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
}

function scanMarkup(file: RuleFile, prior: readonly PriorWork[], out: ManualItem[]): void {
  if (!file.html) return;
  for (const el of file.html.elements) {
    const attrs = el.sourceCodeLocation?.attrs;
    if (!attrs) continue;
    // Other rules flag a markup site at the element's start (web-client-host) or edit a sibling attribute
    // (iframe-allow), so prior work anywhere in the start tag — not only on the attribute — means it is handled.
    const tag = el.sourceCodeLocation!.startTag ?? el.sourceCodeLocation!;
    for (const a of el.attrs) {
      const loc = attrs[a.name];
      if (!loc) continue;
      const hit = findLegacyUrls(a.value)[0];
      // A legacy origin inside an iframe's allow list (`camera 'self' https://acme.netverify.com`) is no rule's edit:
      // iframe-allow only adds features there, so its edit of the tag does not handle it (round-13 hold-out: the item
      // came only on a rerun).
      const policy = hit ? permissionsPolicyMessage(hit, a.value) : undefined;
      if (!hit || (touched(prior, tag.startOffset, tag.endOffset) && !(policy && a.name === 'allow'))) continue;
      out.push({ pos: tag.startOffset, message: policy ?? messageFor(hit) });
    }
  }
  // Svelte: a `{…}` expression of the markup's text (`{#await fetch('https://lon.netverify.com/…')}`) is code too;
  // those inside start tags are attribute values (above).
  const tags = file.html.elements.map((el) => el.sourceCodeLocation?.startTag).filter((t) => t !== undefined);
  for (const [start, end] of file.html.expressions) {
    if (tags.some((t) => start >= t.startOffset && end <= t.endOffset)) continue;
    const hit = findLegacyUrls(file.text.slice(start, end))[0];
    if (hit && !touched(prior, start, end)) out.push({ pos: start, message: messageFor(hit) });
  }
}

export const legacyEndpointRule: Rule = {
  id: RULE_ID,
  title: 'Report legacy Jumio endpoints (host + path) that no other rule migrated, as manual items',
  prefilter: [...LEGACY_HOST_NEEDLES, ...LEGACY_PATH_NEEDLES, 'netverify\\.com'], // the last: a regex literal's spelling
  kinds: ['script', 'html', 'vue', 'svelte', 'astro'],
  run(file: RuleFile, ctx): RuleResult {
    const manual: ManualItem[] = [];
    const prior = ctx.prior ?? [];
    scanScripts(file, prior, manual, ctx);
    scanMarkup(file, prior, manual);
    scanServerCode(file, prior, manual);
    return { edits: [], manual };
  },
};

export default legacyEndpointRule;
