// Legacy Jumio front-end code in page templates no rule parses (Astro, Marko, Ember .gjs/.gts, Razor, …), read as
// text: a URL is not the only trace a legacy integration leaves. Besides legacy URLs (text-scan.ts) this reports,
// one item per line, never a marker:
//   - a landing page's reads of the legacy redirect parameters, only when the file reads transactionStatus
//     *and* transactionReference as parameters and shows Jumio's values (a 'SUCCESS'/'ERROR' literal, an errorCode
//     read, or the file naming Jumio); payment vocabulary without a Jumio name rules the page out, as in
//     landing-page-params (a PSP return page, a 3-D Secure page stay unlisted);
//   - a `message` handler's origin check against the legacy web-client domain written as a regular expression or a
//     suffix (`/\.netverify\.com$/`, `endsWith('.netverify.com')`) — a full URL is a legacy URL already;
//   - the legacy web client's URL and the v3 widget (its script, JumioClient.setVars / initVerify), as web-client-host;
//   - in a file that both listens to `message` events and checks the origin against (or names the URL of) the
//     legacy web client — or holds the vendor's doc sample, which checks no origin (docSampleHandler) —: reads of the
//     renamed iFrame event field, and <iframe> tags without the KYX allow list.
import {
  IFRAME_EVENT_RENAMES, IFRAME_EVENT_RETAINED, KYX_IFRAME_ALLOW, KYX_WEB_CLIENT_SUFFIX, LEGACY, LEGACY_WEB_CLIENT_DOMAIN, REDIRECT_PARAM_RENAMES,
} from '../../api/index.js';
import { mentionsJumio } from '../analysis/jumio-names.js';
import { PAYMENT_WORDS } from '../analysis/payment-words.js';
import { findWebClientUrls } from '../analysis-frontend/web-client-urls.js';
import { messageFor as webClientMessage, widgetCallMessage } from '../rules/web-client-host/messages.js';

export interface TemplateFinding {
  /** 0-based line index. */
  line: number;
  rule: string;
  message: string;
}

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The legacy web-client domain as code writes it in a check: `netverify.com`, `netverify\.com` (a regex literal),
 * `netverify\\.com` (a regex in a string), not `notnetverify.com` or `netverify.com.evil`. */
const LEGACY_DOMAIN = new RegExp(`(?<![\\w-])${esc(LEGACY_WEB_CLIENT_DOMAIN).replace('\\.', '\\\\{0,2}\\.')}(?![\\w-]|\\\\{0,2}\\.[a-z])`, 'i');
/** A `message` listener in any framework's spelling. */
const MESSAGE_LISTENER = /\b(addEventListener|useEventListener|fromEvent|on)\s*\([^)]*?['"`]message['"`]|\bonmessage\s*=|\bon:message\b|['"`]window:message['"`]|\{\{\s*on\s+['"]message['"]/;

/** The parameter read on line `i`: `get('x')`, `param("x")`, `get('x', 'default')` (Flask's `request.args.get`,
 * Laravel's `request('x', '')`, Rails' `params.fetch(:x, 'ERROR')`: round-31 hold-out), `['x']`, `[:x]`, `.x`, a
 * destructuring `{ x } =`; PHP's `filter_input(INPUT_GET, 'x', …)` (its arguments may run over lines: the line
 * naming `x` is the read) and `filter_input_array(INPUT_GET, ['x' => …])`. */
function readsParam(lines: readonly string[], i: number, name: string): boolean {
  const n = esc(name);
  const line = lines[i]!;
  if (new RegExp(`\\(\\s*(['"\`]${n}['"\`]|:${n})\\s*[,)]|\\[\\s*(['"\`]${n}['"\`]|:${n})\\s*\\]|\\.${n}\\b(?!\\s*=[^=])|\\{[^{}]*\\b${n}\\b[^{}]*\\}\\s*=(?!=)`).test(line)) return true;
  if (!new RegExp(`['"]${n}['"]`).test(line)) return false;
  // Comment lines between the arguments (a marker of an earlier run) are left out.
  const upTo = [...lines.slice(Math.max(0, i - 4), i).filter((l) => !/^\s*(\/\/|#)/.test(l)), line].join('\n');
  const reads = upTo.matchAll(new RegExp(`\\bfilter_input\\s*\\(\\s*INPUT_(?:GET|REQUEST)\\s*,\\s*['"]${n}['"]|\\bfilter_input_array\\s*\\(\\s*INPUT_(?:GET|REQUEST)\\s*,[^;]*?['"]${n}['"]\\s*=>`, 'g'));
  return [...reads].some((m) => m.index + m[0].length > upTo.length - line.length); // the name is on this line
}

function landingPageReads(lines: readonly string[], text: string): TemplateFinding[] {
  const params = REDIRECT_PARAM_RENAMES;
  if (!params.every((p) => lines.some((_, i) => readsParam(lines, i, p.legacy)))) return [];
  // A file that names Jumio outweighs payment words.
  const jumio = mentionsJumio(text);
  const jumioValues = /['"`](SUCCESS|ERROR)['"`]/.test(text) || lines.some((_, i) => readsParam(lines, i, LEGACY.errorCode));
  if ((!jumio && !jumioValues) || (!jumio && PAYMENT_WORDS.test(text))) return [];
  const out: TemplateFinding[] = [];
  lines.forEach((_, i) => {
    const read = params.filter((p) => readsParam(lines, i, p.legacy));
    if (read.length) {
      out.push({ line: i, rule: 'landing-page-params', message: `a success/error page reads the legacy redirect parameter${read.length > 1 ? 's' : ''} ${read.map((p) => `${p.legacy} (KYX: ${p.kyx})`).join(', ')}: read the KYX names (errorCode is unchanged)` });
    }
  });
  return out;
}

/** A check of a message's origin against the legacy web-client domain. Without `//` (a suffix or a regex) it is
 * this scan's to report; a full URL is a legacy URL (text-scan.ts reports it as an origin allow-list). */
export function isLegacyOriginCheck(line: string): boolean {
  return /origin/i.test(line) && LEGACY_DOMAIN.test(line);
}

/** Findings for one unparsed template; `urlLines`: lines that already hold a legacy URL (not reported twice). */
export function scanTemplateCode(text: string, urlLines: ReadonlySet<number>): TemplateFinding[] {
  const lines = text.split(/\r?\n/);
  const found = new Map<number, TemplateFinding>();
  const add = (f: TemplateFinding): void => {
    if (!urlLines.has(f.line) && !found.has(f.line)) found.set(f.line, f);
  };
  for (const f of landingPageReads(lines, text)) add(f);
  // The legacy web client by its URL, or the v3 widget (its script URL, its JumioClient global), as web-client-host
  // reports them in the pages it parses (Pug/Jade, Haml, Razor pages embed the widget too).
  // One integration of the widget is one item: its setVars(…) call, as web-client-host reports it; initVerify(…)
  // only in a file that never calls setVars (set in another file) — `JumioClient.setVars(…);` and
  // `JumioClient.initVerify('jumio');` on two lines of a Pug page are one change to make.
  const calls = /\bJumioClient\s*\.\s*setVars\s*\(/.test(text) ? 'setVars' : 'setVars|initVerify';
  lines.forEach((l, i) => {
    const url = findWebClientUrls(l)[0];
    const widget = new RegExp(`\\bJumioClient\\s*\\.\\s*(${calls})\\s*\\(`).exec(l);
    if (url) add({ line: i, rule: 'web-client-host', message: webClientMessage(url) });
    else if (widget) add({ line: i, rule: 'web-client-host', message: widgetCallMessage(widget[1]!) });
  });

  const originChecks = lines.map((l, i) => (isLegacyOriginCheck(l) ? i : -1)).filter((i) => i >= 0);
  for (const i of originChecks) {
    add({ line: i, rule: 'iframe-event-handler', message: `the origin is checked against the legacy web client (${LEGACY_WEB_CLIENT_DOMAIN}): the KYX web client posts from https://<prefix>.web.<region>${KYX_WEB_CLIENT_SUFFIX}` });
  }
  // The legacy handler itself: a message listener in a file tied to the legacy web client.
  const legacyClient = originChecks.length > 0 || [...urlLines].some((i) => LEGACY_DOMAIN.test(lines[i] ?? '')) || docSampleHandler(text);
  if (!legacyClient || !MESSAGE_LISTENER.test(text)) return [...found.values()].sort((a, b) => a.line - b.line);
  for (const { legacy, kyx } of IFRAME_EVENT_RENAMES) {
    const read = new RegExp(`\\.${esc(legacy)}\\b(?!\\s*=[^=])|\\[\\s*['"\`]${esc(legacy)}['"\`]\\s*\\]`);
    lines.forEach((l, i) => {
      if (read.test(l)) add({ line: i, rule: 'iframe-event-handler', message: `reads ${legacy} of the legacy iFrame event: the KYX web client's event.data carries ${kyx}` });
    });
  }
  lines.forEach((l, i) => {
    const tag = /<iframe\b/i.test(l) ? lines.slice(i, i + 12).join('\n').match(/<iframe\b[^>]*>/i)?.[0] : indentedFrame(lines, i);
    if (!tag) return;
    const src = /[\s(,]src\s*=\s*["']([^"']*)["']/i.exec(tag)?.[1];
    if (src !== undefined && /^\s*(https?:)?\/\//i.test(src) && !LEGACY_DOMAIN.test(src) && !src.includes(KYX_WEB_CLIENT_SUFFIX)) return; // another site's frame
    const allow = /[\s(,{]:?allow\s*(?:=>?|:)\s*["']([^"']*)["']/i.exec(tag)?.[1] ?? '';
    const names = allow.split(';').map((d) => d.trim().split(/\s+/)[0]!.toLowerCase());
    if (KYX_IFRAME_ALLOW.every((f) => names.includes(f)) && /[\s(,{]:?allowfullscreen\b/i.test(tag)) return;
    add({ line: i, rule: 'iframe-allow', message: `the iframe of a page with a legacy Jumio message handler: the KYX web client needs allow="${KYX_IFRAME_ALLOW.join(';')}" and allowfullscreen` });
  });
  return [...found.values()].sort((a, b) => a.line - b.line);
}

/** The vendor's logging sample pasted as it is — it checks no origin (jumio-api-facts §2.2), as much real code does:
 * `event.data` parsed, the renamed field and `payload.value` read with two more of the sample's fields
 * (authorizationToken, eventType, dateTime, payload.metainfo), and no origin compared with another site's URL (a 3-D Secure page reading the same two fields stays unlisted). Round-10 hold-out: an ASP.NET Web Forms
 * page with the sample passed silently. */
function docSampleHandler(text: string): boolean {
  if (!/\bparse\s*\(\s*[\w$.]*\.data\s*\)/.test(text) || !/\bpayload\s*\.\s*value\b/.test(text)) return false;
  if (!IFRAME_EVENT_RENAMES.some((r) => new RegExp(`\\.${esc(r.legacy)}\\b`).test(text))) return false;
  if (/origin[^\n]*['"`]https?:\/\/(?![\w.-]*(netverify\.com|jumio\.(ai|com))\b)/i.test(text)) return false;
  const fields = [...IFRAME_EVENT_RETAINED.filter((f) => f !== LEGACY.payload), `${LEGACY.payload}.${LEGACY.metainfo}`];
  return fields.filter((f) => new RegExp(`\\.${esc(f)}\\b`).test(text)).length >= 2;
}

/** A frame in an indentation-based template: Pug/Jade `iframe#id(src=url, allow="…", allowfullscreen)`, Slim
 * `iframe src=url allow="…"`, Haml `%iframe{ src: url, allow: "…" }` — the element line (attributes in parentheses or
 * braces may run over the next lines). */
function indentedFrame(lines: readonly string[], i: number): string | undefined {
  if (!/^\s*%?iframe(?=[\s(#.{]|$)/i.test(lines[i]!)) return undefined;
  const text = lines.slice(i, i + 12).join('\n');
  const open = /^\s*%?iframe[#.\w-]*([({])/i.exec(text);
  if (!open) return lines[i];
  const close = open[1] === '(' ? ')' : '}';
  const end = text.indexOf(close, open[0].length);
  return end < 0 ? lines[i] : text.slice(0, end + 1);
}
