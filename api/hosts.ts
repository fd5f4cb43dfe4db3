// Hosts of the legacy Netverify API and of the KYX platform, and recognition of legacy hosts in URLs.
import { type KyxRegion } from './regions.js';

/** API hosts of the legacy Netverify platform per KYX region (initiate, retrieval). */
export const LEGACY_API_HOSTS: Readonly<Record<KyxRegion, readonly string[]>> = {
  'amer-1': ['netverify.com', 'www.netverify.com'],
  'emea-1': ['lon.netverify.com'],
  'apac-1': ['core-sgp.jumio.com'],
};

/** Legacy service sub-hosts seen in real code (upload., retrieval., acquisition.) on top of an API host. */
export const LEGACY_SERVICE_PREFIXES = ['upload', 'retrieval', 'acquisition'] as const;

/** Hosts that serve legacy static resources (the v3 widget script). */
export const LEGACY_RESOURCE_HOSTS = ['resources.netverify.com'] as const;

/** The KYX services and their host label. */
export const KYX_SERVICES = ['auth', 'account', 'api', 'retrieval', 'status'] as const;
export type KyxService = (typeof KYX_SERVICES)[number];

/** `account.emea-1.jumio.ai` etc. */
export function kyxHost(service: KyxService, region: KyxRegion): string {
  return `${service}.${region}.jumio.ai`;
}

/** `https://account.emea-1.jumio.ai` etc. */
export function kyxOrigin(service: KyxService, region: KyxRegion): string {
  return `https://${kyxHost(service, region)}`;
}

/** The KYX web-client host for a tenant prefix. Only amer-1 is stated by the vendor's guides; emea-1/apac-1 follow
 * the shape seen in third-party code (jumio-api-facts §4.1). Code should use `web.href` verbatim. */
export function kyxWebClientHost(prefix: string, region: KyxRegion): string {
  return `${prefix}.web.${region}.jumio.ai`;
}

/** Suffix every KYX web-client origin ends with (for origin checks that cannot name the prefix). */
export const KYX_WEB_CLIENT_SUFFIX = '.jumio.ai';

/** Domain of the legacy white-label web client `<prefix>.netverify.com`. */
export const LEGACY_WEB_CLIENT_DOMAIN = 'netverify.com';

/** First label of the legacy Customer Portal's hosts (`customer-portal.netverify.com`, `customer-portal.lon.netverify.com`):
 * the shape of a white-label web client, but the back office, not the page a user verifies in. */
export const LEGACY_CUSTOMER_PORTAL_PREFIX = 'customer-portal';

/** Legacy domain name prefix rule (portal): a–z, 0–9, '-', not at the ends, max 63. */
const PREFIX_RE = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

export type LegacyHostKind = 'api' | 'service' | 'resources' | 'web-client';

export interface LegacyHostInfo {
  host: string;
  kind: LegacyHostKind;
  /** Region, when the host tells it. A white-label web client `<prefix>.netverify.com` does not (undefined). */
  region: KyxRegion | undefined;
  /** For web clients: the tenant's domain prefix. */
  prefix?: string;
}

function normaliseHost(host: string): string {
  return host.trim().toLowerCase().replace(/\.$/, '').replace(/:\d+$/, '');
}

/** Recognise a legacy Jumio host. Returns undefined for anything else (including wrong hosts like netverify.eu). */
export function classifyLegacyHost(rawHost: string): LegacyHostInfo | undefined {
  const host = normaliseHost(rawHost);
  for (const [region, hosts] of Object.entries(LEGACY_API_HOSTS) as [KyxRegion, readonly string[]][]) {
    if (hosts.includes(host)) return { host, kind: 'api', region };
    for (const service of LEGACY_SERVICE_PREFIXES) {
      for (const h of hosts) {
        if (host === `${service}.${h.replace(/^www\./, '')}`) return { host, kind: 'service', region };
      }
    }
  }
  if ((LEGACY_RESOURCE_HOSTS as readonly string[]).includes(host)) return { host, kind: 'resources', region: undefined };
  if (host.endsWith(`.${LEGACY_WEB_CLIENT_DOMAIN}`)) {
    const prefix = host.slice(0, -(LEGACY_WEB_CLIENT_DOMAIN.length + 1));
    if (PREFIX_RE.test(prefix)) return { host, kind: 'web-client', region: undefined, prefix };
  }
  return undefined;
}

/** A white-label web client under a data centre's host (`acme.lon.netverify.com`): its prefix and that data centre's
 * region, which the plain `<prefix>.netverify.com` does not tell. */
export function dataCentreWebClient(rawHost: string): { prefix: string; region: KyxRegion } | undefined {
  const host = normaliseHost(rawHost);
  const dot = host.indexOf('.');
  const [prefix, centre] = [host.slice(0, dot), host.slice(dot + 1)];
  // Not a service of the data centre (`upload.lon.netverify.com`), nor any other host the table knows.
  if (dot < 0 || !PREFIX_RE.test(prefix) || !centre.endsWith(`.${LEGACY_WEB_CLIENT_DOMAIN}`) || classifyLegacyHost(host)) return undefined;
  const info = classifyLegacyHost(centre);
  return info?.kind === 'api' && info.region ? { prefix, region: info.region } : undefined;
}

/** Region of a legacy API host (netverify.com → amer-1, lon.netverify.com → emea-1, core-sgp.jumio.com → apac-1). */
export function regionOfLegacyHost(host: string): KyxRegion | undefined {
  return classifyLegacyHost(host)?.region;
}

/** Jumio's own domains: legacy (netverify.com, jumio.com: core-sgp, the v3 widget) and KYX (jumio.ai). */
export const JUMIO_DOMAINS = [LEGACY_WEB_CLIENT_DOMAIN, 'jumio.com', KYX_WEB_CLIENT_SUFFIX.slice(1)] as const;

/** Is this host Jumio's own — one of its domains or below one, any service or region, known to this table or not? */
export function isJumioHost(host: string): boolean {
  const h = normaliseHost(host);
  return JUMIO_DOMAINS.some((d) => h === d || h.endsWith(`.${d}`));
}

/** Is this a KYX host (`*.jumio.ai`)? Used to leave already-migrated code alone. */
export function isKyxHost(host: string): boolean {
  return /(^|\.)(amer-1|emea-1|apac-1)\.jumio\.ai$/.test(normaliseHost(host));
}
