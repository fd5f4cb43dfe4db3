// Recognising hard-coded legacy web-client URLs in any text (a string literal, a template, an HTML attribute):
// `https://<prefix>.netverify.com/web/v4/app…`, the v3 widget script `…/widget/jumio-verify/2.0/iframe-script.js`
// on any legacy host, and anything on `resources.netverify.com`. Host AND path are both required (never a
// path alone); the hosts and paths come from api/.
import { classifyLegacyHost, classifyLegacyPath, LEGACY_WEB_CLIENT_DOMAIN, regionOfLegacyHost, type LegacyHostInfo } from '../../api/index.js';

export type WebClientUrlKind = 'web-client' | 'widget-script' | 'resources';

export interface WebClientUrl {
  /** Offsets of the URL inside the text searched. */
  start: number;
  end: number;
  kind: WebClientUrlKind;
  host: LegacyHostInfo;
  /** scheme://host/path without query or fragment (safe to print: the query carries authorizationToken). */
  display: string;
}

// Scheme (or protocol-relative), then a host that may hold `${…}` / `{{…}}` / `<%= … %>` placeholders, then a path.
const CANDIDATE = /(?:https?:)?\/\/((?:[a-z0-9-]|\$\{[^}]*\}|\{\{[^}]*\}\}|<%=?[^%]*%>)+(?:\.(?:[a-z0-9-]|\$\{[^}]*\}|\{\{[^}]*\}\})+)+)(?::\d+)?((?:\/[^\s'"`<>()\\?#]*)?)/gi;
const PLACEHOLDER = /\$\{[^}]*\}|\{\{[^}]*\}\}|<%=?[^%]*%>/g;

/** Every legacy web-client / widget URL in `text`. */
export function findWebClientUrls(text: string): WebClientUrl[] {
  const out: WebClientUrl[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    const rawHost = m[1] ?? '';
    const path = m[2] ?? '';
    const templated = PLACEHOLDER.test(rawHost);
    PLACEHOLDER.lastIndex = 0;
    const info = classifyWebClientUrlParts(rawHost.replace(PLACEHOLDER, 'prefix'), path);
    if (!info) continue;
    // A host built from a placeholder (`${prefix}.netverify.com`) has no known tenant prefix.
    if (templated) info.host = { ...info.host, prefix: undefined };
    const start = m.index ?? 0;
    const scheme = m[0].startsWith('//') ? 'https:' : m[0].slice(0, m[0].indexOf('//'));
    out.push({ start, end: start + m[0].length, kind: info.kind, host: info.host, display: `${scheme}//${rawHost}${path}` });
  }
  return out;
}

/** The first legacy web-client URL in `text`, if any. */
export function classifyWebClientUrl(text: string): WebClientUrl | undefined {
  return findWebClientUrls(text)[0];
}

/** `<prefix>.<dc>.netverify.com` (a white-label host of a non-US data centre, e.g. `acme.lon.netverify.com`):
 * not a documented host shape, so it counts only together with the web-client path. */
const DC_WHITE_LABEL = new RegExp(`^([a-z0-9](?:[a-z0-9-]*[a-z0-9])?)\\.[a-z0-9-]+\\.${LEGACY_WEB_CLIENT_DOMAIN.replace('.', '\\.')}$`, 'i');

function classifyWebClientUrlParts(host: string, path: string): { kind: WebClientUrlKind; host: LegacyHostInfo } | undefined {
  const route = path ? classifyLegacyPath(path) : undefined;
  const dc = DC_WHITE_LABEL.exec(host);
  if (!classifyLegacyHost(host) && dc && route?.route === 'web-client') {
    // The data-centre label names the region (`lon` of lon.netverify.com → emea-1).
    const region = regionOfLegacyHost(host.toLowerCase().split('.').slice(1).join('.'));
    return { kind: 'web-client', host: { host: host.toLowerCase(), kind: 'web-client', region, prefix: dc[1]!.toLowerCase() } };
  }
  const info = classifyLegacyHost(host);
  if (!info) return undefined;
  if (route?.route === 'widget-script') return { kind: 'widget-script', host: info };
  if (info.kind === 'resources') return { kind: 'resources', host: info };
  if (route?.route === 'web-client' && (info.kind === 'web-client' || info.kind === 'api')) return { kind: 'web-client', host: info };
  return undefined;
}
