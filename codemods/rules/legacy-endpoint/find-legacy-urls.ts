// Finds legacy Jumio URLs in a piece of text (a string literal's value, an attribute value, a config line).
// Recognition is api/'s: a known legacy host, plus either a known legacy path or a base that is the start of one.
// A legacy host with an unrelated path (e.g. a marketing page on netverify.com) is not reported; any /api/ path of a
// legacy API host is.
import {
  classifyLegacyHost, classifyLegacyPath, LEGACY_API_HOSTS, LEGACY_AUTH_INITIATE_PATHS, LEGACY_AUTH_RETRIEVAL_PREFIX,
  LEGACY_FACEMAP_INITIATE_PATH, LEGACY_RESOURCE_HOSTS, LEGACY_V4_INITIATE_PATH, LEGACY_WEB_CLIENT_DOMAIN,
  LEGACY_WIDGET_SCRIPT_PATH, OTHER_LEGACY_PATH_PREFIXES, WEB_CLIENT_APP_PATH, type KyxRegion, type LegacyHostInfo, type LegacyRoute,
} from '../../../api/index.js';

/** A placeholder for `${…}` in template literals: never part of a host or a path. */
export const HOLE = '\u0000';

export interface LegacyUrlHit {
  /** Offset of the match in the scanned text. */
  index: number;
  host: LegacyHostInfo;
  /** The route, or 'base-url' for a host alone or a base that a legacy path starts with. */
  route: LegacyRoute | 'base-url';
  /** host + path, without query string or fragment (safe to print). */
  display: string;
  /** `*.netverify.com` (a CSP source or an allow-list pattern): every host below it. */
  wildcard?: boolean;
}

/** Strings one of which every legacy host contains (the rule's and the scanner's prefilter). */
export const LEGACY_HOST_NEEDLES: readonly string[] = [
  ...new Set(
    [...Object.values(LEGACY_API_HOSTS).flat(), ...LEGACY_RESOURCE_HOSTS].map((h) =>
      h === LEGACY_WEB_CLIENT_DOMAIN || h.endsWith(`.${LEGACY_WEB_CLIENT_DOMAIN}`) ? LEGACY_WEB_CLIENT_DOMAIN : h,
    ),
  ),
];

const KNOWN_PATHS: readonly string[] = [
  ...LEGACY_AUTH_INITIATE_PATHS, LEGACY_V4_INITIATE_PATH, LEGACY_AUTH_RETRIEVAL_PREFIX, LEGACY_FACEMAP_INITIATE_PATH,
  ...OTHER_LEGACY_PATH_PREFIXES, LEGACY_WIDGET_SCRIPT_PATH, WEB_CLIENT_APP_PATH,
];

// scheme (optional) + host + optional port + optional path; the path stops at quotes, spaces, `${}` holes, ? and #.
const URL_RE = /(?:\b(?:https?|wss?):)?(?:\/\/)?\b((?:[a-z0-9-]+\.)+[a-z]{2,})(?::\d+)?(\/[^\s'"`<>?#]*)?/gi;

export function findLegacyUrls(text: string): LegacyUrlHit[] {
  if (!LEGACY_HOST_NEEDLES.some((n) => text.includes(n))) return [];
  const hits: LegacyUrlHit[] = [];
  for (const m of text.matchAll(URL_RE)) {
    const rawHost = m[1];
    // `${sub}.netverify.com`: the hole makes the host unknowable; skip rather than guess.
    if (m.index! > 0 && text[m.index! - 1] === HOLE) continue;
    const host = classifyLegacyHost(rawHost) ?? dataCentreWhiteLabel(rawHost, m[2] ?? '');
    if (!host) continue;
    // A `${…}` hole inside the path stands for one segment (e.g. a transaction reference).
    // So does a server-side template tag of a page (`{{ ref }}`, `{% … %}`, JSP `${ref}`): the URL stops at its space,
    // and a marker quoting a dangling `{{` would open a tag the template engine (and a rerun's masking) then reads.
    const path = (m[2] ?? '').replace(/\u0000[^/]*/g, '{…}').replace(/(?:\{\{|\{%|\{#|\$\{)[^/]*/g, '{…}').replace(/\/+$/, '');
    // `someone@netverify.com` is an e-mail address; `https://user:secret@netverify.com/api/…` still counts.
    if (m.index! > 0 && text[m.index! - 1] === '@' && path === '') continue;
    const route = routeOf(host, path);
    if (!route) continue;
    // A bare host named in a sentence ("we used Jumio Netverify (lon.netverify.com) until March") is not an endpoint.
    if (route === 'base-url' && !/^(?:[a-z]+:)?\/\//i.test(m[0]) && isProse(text)) continue;
    const wildcard = route === 'base-url' && path === '' && text.slice(Math.max(0, m.index! - 2), m.index!) === '*.';
    hits.push({ index: m.index!, host, route, display: `${wildcard ? '*.' : ''}${host.host}${path}`.slice(0, 120), ...(wildcard ? { wildcard } : {}) });
  }
  return hits;
}

/** Text with four or more plain words (letters only, maybe ending in punctuation): a sentence, not a host setting
 * (`lon.netverify.com`, `host: lon.netverify.com`) or a CSP source list (`frame-src 'self' acme.netverify.com`). */
function isProse(text: string): boolean {
  return text.split(/\s+/).filter((w) => /^[(]?[A-Za-z]+[,.;:!?)]?$/.test(w)).length >= 4;
}

/** Data-centre labels of the legacy API hosts on the web-client domain (`lon` of lon.netverify.com) and their region. */
const DATA_CENTRES = new Map(
  (Object.entries(LEGACY_API_HOSTS) as [KyxRegion, readonly string[]][]).flatMap(([region, hosts]) => hosts
    .filter((h) => h.endsWith(`.${LEGACY_WEB_CLIENT_DOMAIN}`) && !h.startsWith('www.'))
    .map((h) => [h.slice(0, -(LEGACY_WEB_CLIENT_DOMAIN.length + 1)), region] as const)),
);

/** A bare white-label host of a non-US data centre (`acme.lon.netverify.com` in a CSP frame-src or an origin
 * allow-list, next to `acme.netverify.com`): api/ does not list the shape, so only without a path — with one,
 * web-client-host decides (the web-client path) and nothing else is known to be served there. */
function dataCentreWhiteLabel(rawHost: string, path: string): LegacyHostInfo | undefined {
  if (path.replace(/\/+$/, '') !== '') return undefined;
  const labels = rawHost.toLowerCase().split('.');
  if (labels.length !== 4 || labels.slice(2).join('.') !== LEGACY_WEB_CLIENT_DOMAIN) return undefined;
  const region = DATA_CENTRES.get(labels[1]!);
  const prefix = labels[0]!;
  if (!region || !/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(prefix)) return undefined;
  return { host: labels.join('.'), kind: 'web-client', region, prefix };
}

function routeOf(host: LegacyHostInfo, path: string): LegacyUrlHit['route'] | undefined {
  if (path === '') return 'base-url';
  const known = classifyLegacyPath(path);
  if (known) {
    if (host.kind === 'web-client') return known.route === 'web-client' ? 'web-client' : undefined;
    if (host.kind === 'resources') return known.route === 'widget-script' ? 'widget-script' : undefined;
    return known.route === 'web-client' || known.route === 'widget-script' ? undefined : known.route;
  }
  // A base such as https://netverify.com/api/v4 or …/api/netverify/v2 that a legacy path continues.
  if (host.kind === 'api' || host.kind === 'service') {
    if (KNOWN_PATHS.some((p) => p === path || p.startsWith(`${path}/`))) return 'base-url';
    // Any other API path on a legacy API host (`/api/v4/accounts/…`: a KYX route written against the old host) is
    // still a call there; a page outside /api/ may be anything.
    if (/^\/api\/[^/]/.test(path)) return 'other-legacy';
  }
  return undefined;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const [AUTH_INITIATE_PATH] = LEGACY_AUTH_INITIATE_PATHS;
/** A literal that is only a legacy route path — its host is set elsewhere (a client's base URL option, an AWS Amplify
 * API name, a config value). Only the two routes no other API spells: the older `/api/auth/v1/initiate` and
 * `/api/v4/initiate` are common words of other APIs. */
const PATH_ONLY = new RegExp(`^/?(${escape(AUTH_INITIATE_PATH.slice(1))}|${escape(LEGACY_AUTH_RETRIEVAL_PREFIX.slice(1, -1))})(?=$|/|\\?|${HOLE})`);

/** The legacy route a host-less path literal names, with the path to print. */
export function findLegacyPathOnly(text: string): { route: 'auth-initiate' | 'auth-retrieval'; display: string } | undefined {
  const m = PATH_ONLY.exec(text);
  if (!m) return undefined;
  const display = text.replace(/[?#].*$/s, '').replace(new RegExp(`${HOLE}[^/]*`, 'g'), '{…}').slice(0, 120);
  return { route: m[1] === AUTH_INITIATE_PATH.slice(1) ? 'auth-initiate' : 'auth-retrieval', display };
}

/** The same two paths inside a line of code in another language or of configuration: after a quote, an interpolation's
 * end, a format verb, an element's `>` or a key's `=`/`:` (`f"{base}/api/netverify/v2/authentications/{ref}"`,
 * `base + "/api/…"`, `String.format("%s/api/…", host)`, Apigee's `<Path>/api/authentication/v1/web/initiate</Path>`). */
const PATH_IN_LINE = new RegExp(`(?:^|['"\`}\\s>=:(,]|%[sv])(/?(${escape(AUTH_INITIATE_PATH.slice(1))}|${escape(LEGACY_AUTH_RETRIEVAL_PREFIX.slice(1, -1))})(?=$|[/?'"\`\\s{%<,;)])[^'"\`\\s?#<,;)]*)`);

/** The legacy route a line of other-language code names without its host (the host is configured elsewhere). */
export function findLegacyPathInLine(line: string): { route: 'auth-initiate' | 'auth-retrieval'; display: string } | undefined {
  const m = PATH_IN_LINE.exec(line);
  if (!m) return undefined;
  const display = m[1]!.replace(/\{[^/]*/g, '{…}').replace(/%[sv]/g, '{…}').slice(0, 120);
  return { route: m[2] === AUTH_INITIATE_PATH.slice(1) ? 'auth-initiate' : 'auth-retrieval', display };
}

/** Strings one of which every host-less legacy path contains (added to the rule's prefilter). */
export const LEGACY_PATH_NEEDLES: readonly string[] = [AUTH_INITIATE_PATH.slice(1), LEGACY_AUTH_RETRIEVAL_PREFIX.slice(1, -1)];
