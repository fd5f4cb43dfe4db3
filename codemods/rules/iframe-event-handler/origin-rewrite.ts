// Translating an origin check from the legacy web client (`https://<prefix>.netverify.com`) to the KYX web
// client (`https://<prefix>.web.<region>.jumio.ai`) with the same strictness:
//   - domain checks (endsWith / includes '.netverify.com')  → the KYX domain suffix ('.jumio.ai'): exact;
//   - regexes on the domain                                  → '<label>.web.<any region>.jumio.ai': exact, region-free;
//   - checks naming the tenant host (=== 'https://acme.netverify.com', endsWith('acme.netverify.com'))
//                                                            → the amer-1 host (the only web-client host the vendor
//     states; the legacy host does not say the region), plus a manual item naming the emea-1/apac-1 shapes;
//   - a data centre's white-label host (=== 'https://acme.lon.netverify.com') → that data centre's web-client host;
//   - anything else (bare netverify.com, lon./API hosts, jumio.com) → left alone, manual item.
import {
  KYX_REGIONS, KYX_WEB_CLIENT_SUFFIX, LEGACY_WEB_CLIENT_DOMAIN, classifyLegacyHost, dataCentreWebClient, kyxWebClientHost,
} from '../../../api/index.js';
import type { OriginCheck } from '../../analysis-frontend/index.js';
import type { RegionHint } from './region-hint.js';

/** The region whose web-client host the vendor states (jumio-api-facts §4.1). */
const STATED_REGION = KYX_REGIONS[0];

export interface OriginFix {
  /** Replacement text for the whole literal (quotes or slashes included), when it can be translated. */
  text?: string;
  /** What a human must still do (or check). */
  manual?: string;
  message: string;
}

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** `regionHint` is asked only when a check names the tenant host (the one case that needs the region). */
export function translateOrigin(check: OriginCheck, literalText: string, regionHint: () => RegionHint | undefined = () => undefined): OriginFix | undefined {
  if (check.vendor !== 'legacy-jumio') return undefined;
  if (check.match === 'regex') return translateRegex(check, literalText);
  const quote = literalText[0] ?? "'";
  const q = (s: string): string => `${quote}${s}${quote}`;
  const value = check.value;
  const scheme = /^https?:\/\//i.exec(value)?.[0] ?? '';
  const rest = value.slice(scheme.length).replace(/\/$/, '');
  const domain = LEGACY_WEB_CLIENT_DOMAIN;
  const was = `origin check against ${value}`;

  // Domain-level checks: any legacy web client → any KYX web client.
  if ((check.match === 'suffix' || check.match === 'contains') && !scheme && (rest === domain || rest === `.${domain}`)) {
    const next = rest.startsWith('.') ? KYX_WEB_CLIENT_SUFFIX : KYX_WEB_CLIENT_SUFFIX.replace(/^\./, '');
    return { text: q(next), message: `${was} → ${next} (KYX web client)` };
  }
  const hostPart = rest.replace(/^\./, '');
  const info = /^[a-z0-9.-]+$/i.test(hostPart) ? classifyLegacyHost(hostPart) : undefined;
  const exactish = check.match === 'exact' || check.match === 'prefix';
  const wholeHost = exactish ? (check.hostOnly ? !scheme : !!scheme) : true;
  // A white-label host names no region (the hint's, or the stated one, with an item); a data centre's white-label host
  // (`acme.lon.netverify.com`) names its own: no item.
  const dc = wholeHost && /^[a-z0-9.-]+$/i.test(hostPart) ? dataCentreWebClient(hostPart) : undefined;
  const target = info?.kind === 'web-client' && info.prefix && wholeHost ? { ...regionItem(info.prefix, regionHint), why: 'KYX web client' }
    : dc ? { host: kyxWebClientHost(dc.prefix, dc.region), manual: undefined, why: `KYX web client of the ${dc.region} data centre` } : undefined;
  if (target) {
    const next = `${scheme}${rest.startsWith('.') ? '.' : ''}${target.host}${value.endsWith('/') ? '/' : ''}`;
    return { text: q(next), message: `${was} → ${next} (${target.why})`, ...(target.manual ? { manual: target.manual } : {}) };
  }
  return {
    message: `${was} left unchanged`,
    manual: `origin check against ${value} cannot be translated exactly: the KYX web client is served from <prefix>.web.<region>${KYX_WEB_CLIENT_SUFFIX}; compare event.origin with new URL(web.href).origin of the account response`,
  };
}

/** The tenant's KYX web-client host in the region we pick, and the manual item that says why. */
function regionItem(prefix: string, regionHint: () => RegionHint | undefined): { host: string; manual: string } {
  const hint = regionHint();
  const region = hint?.region ?? STATED_REGION;
  const host = kyxWebClientHost(prefix, region);
  const others = KYX_REGIONS.filter((r) => r !== region).map((r) => kyxWebClientHost(prefix, r)).join(' or ');
  const why = hint
    ? `region ${region} taken from the legacy API host ${hint.host} used in ${hint.file}`
    : `the legacy host does not tell the region`;
  return { host, manual: `origin check now expects ${host}: ${why}; the vendor states only the ${STATED_REGION} web-client host (emea-1/apac-1 follow the shape seen in third-party code, not stated by the vendor); otherwise use ${others}, or compare with new URL(web.href).origin` };
}

/** On a rerun the translated check names the KYX tenant host, and our marker about the region sits above it:
 * report that manual item again (the engine expects every run to report what is still open, so --check stays
 * red until a human removes the marker). Human-written KYX checks carry no such marker and stay silent. */
export function repeatRegionItem(check: OriginCheck, sourceText: string, regionHint: () => RegionHint | undefined = () => undefined): string | undefined {
  if (check.vendor !== 'kyx-jumio' || check.match === 'regex') return undefined;
  const host = check.value.replace(/^https?:\/\//i, '').replace(/\/$/, '').replace(/^\./, '');
  const m = new RegExp(`^([a-z0-9-]+)\\.web\\.(${KYX_REGIONS.map(esc).join('|')})${esc(KYX_WEB_CLIENT_SUFFIX)}$`, 'i').exec(host);
  if (!m || !sourceText.includes(`iframe-event-handler: origin check now expects ${host}:`)) return undefined;
  const item = regionItem(m[1]!, regionHint);
  return item.host === host ? item.manual : undefined;
}

function translateRegex(check: OriginCheck, literalText: string): OriginFix | undefined {
  // A regex literal `/…/flags`, or the source string of `new RegExp('…')` (re-quoted, backslashes escaped).
  const asString = !literalText.startsWith('/');
  const flags = asString ? '' : literalText.slice(literalText.lastIndexOf('/') + 1);
  const wrap = (src: string): string => asString ? `${literalText[0]}${src.replace(/\\/g, '\\\\')}${literalText[0]}` : `/${src}/${flags}`;
  const source = check.value;
  const was = `origin regex /${source}/`;
  // API hosts (lon., core-sgp.) never served the white-label client: nothing exact to translate to.
  const apiHost = /(^|[^a-z0-9-])(lon|www|upload|retrieval|acquisition|core-sgp)(\\\.|\.)netverify/i.test(source);
  const dom = /(\\\.|\.)netverify(\\\.|\.)com/gi;
  if (!apiHost && dom.test(source)) {
    dom.lastIndex = 0;
    // '<label>.netverify.com' → '<label>.web.<region>.jumio.ai' for any KYX region.
    const region = `(?:${KYX_REGIONS.map(esc).join('|')})`;
    const labels = KYX_WEB_CLIENT_SUFFIX.replace(/^\./, '').split('.').map(esc);
    const next = source.replace(dom, (_m, d1: string) => `${d1}web${d1}${region}${d1}${labels.join(d1)}`);
    return { text: wrap(next), message: `${was} → /${next}/ (KYX web client, any region)` };
  }
  // 'netverify.com' as a bare domain suffix → 'jumio.ai'.
  const bare = /(^)netverify(\\\.|\.)com/i;
  if (!apiHost && bare.test(source)) {
    const next = source.replace(bare, (_m, pre: string, d: string) => `${pre}${KYX_WEB_CLIENT_SUFFIX.replace(/^\./, '').split('.').map(esc).join(d)}`);
    return { text: wrap(next), message: `${was} → /${next}/ (KYX web-client domain)` };
  }
  return {
    message: `${was} left unchanged`,
    manual: `origin regex /${source}/ cannot be translated exactly: the KYX web client is served from <prefix>.web.<region>${KYX_WEB_CLIENT_SUFFIX}; compare event.origin with new URL(web.href).origin of the account response`,
  };
}
