// Legacy routes and KYX routes, and recognition of a legacy Jumio URL (host AND path, never a path alone).
import { classifyLegacyHost, kyxOrigin, type LegacyHostInfo } from './hosts.js';
import { type KyxRegion } from './regions.js';

/** Legacy Authentication initiate (current path, and the older one renamed 2019-08-14). */
export const LEGACY_AUTH_INITIATE_PATHS = ['/api/authentication/v1/web/initiate', '/api/auth/v1/initiate'] as const;
/** Legacy ID Verification v4 initiate (enrolment; an authentication when the body has enrollmentTransactionReference). */
export const LEGACY_V4_INITIATE_PATH = '/api/v4/initiate';
/** Legacy Authentication retrieval: `/api/netverify/v2/authentications/{ref}` (+ `/images/...`). */
export const LEGACY_AUTH_RETRIEVAL_PREFIX = '/api/netverify/v2/authentications/';
/** Legacy facemap-on-premise initiate (docs only). */
export const LEGACY_FACEMAP_INITIATE_PATH = '/api/authentication/v1/facemap/initiate';
/** Path of the legacy (and KYX) web client app. */
export const WEB_CLIENT_APP_PATH = '/web/v4/app';
/** The v3 widget script. */
export const LEGACY_WIDGET_SCRIPT_PATH = '/widget/jumio-verify/2.0/iframe-script.js';

/** Other legacy Netverify routes seen in real code (reported, not rewritten). Prefixes. */
export const OTHER_LEGACY_PATH_PREFIXES = [
  '/api/netverify/v2/',
  '/recognition/v1/idscan/',
  '/api/authentication/v1/',
  '/api/v4/initiate',
] as const;

export type LegacyRoute =
  | 'auth-initiate'
  | 'v4-initiate'
  | 'auth-retrieval'
  | 'facemap-initiate'
  | 'web-client'
  | 'widget-script'
  | 'other-legacy';

export interface LegacyUrlInfo {
  host: LegacyHostInfo;
  route: LegacyRoute;
  /** The path without query or trailing slash. */
  path: string;
  /** For auth-retrieval: the transaction reference segment and what follows (`images/face`…). */
  reference?: string;
  rest?: string;
}

function trimPath(p: string): string {
  const noQuery = p.split(/[?#]/)[0] ?? '';
  return noQuery.length > 1 ? noQuery.replace(/\/+$/, '') : noQuery;
}

/** Classify a legacy route from its path alone. Only meaningful together with a legacy host. */
export function classifyLegacyPath(rawPath: string): Omit<LegacyUrlInfo, 'host'> | undefined {
  const path = trimPath(rawPath.startsWith('/') ? rawPath : `/${rawPath}`);
  if ((LEGACY_AUTH_INITIATE_PATHS as readonly string[]).includes(path)) return { route: 'auth-initiate', path };
  if (path === LEGACY_V4_INITIATE_PATH) return { route: 'v4-initiate', path };
  if (path === LEGACY_FACEMAP_INITIATE_PATH) return { route: 'facemap-initiate', path };
  if (path.startsWith(LEGACY_AUTH_RETRIEVAL_PREFIX)) {
    const [reference, ...rest] = path.slice(LEGACY_AUTH_RETRIEVAL_PREFIX.length).split('/');
    if (reference) return { route: 'auth-retrieval', path, reference, rest: rest.join('/') };
  }
  if (path === WEB_CLIENT_APP_PATH || path.startsWith(`${WEB_CLIENT_APP_PATH}/`)) return { route: 'web-client', path };
  if (path === LEGACY_WIDGET_SCRIPT_PATH) return { route: 'widget-script', path };
  if (OTHER_LEGACY_PATH_PREFIXES.some((p) => path.startsWith(p))) return { route: 'other-legacy', path };
  return undefined;
}

/** Recognise a full legacy Jumio URL: a known legacy host AND a known legacy path for that kind of host. */
export function classifyLegacyUrl(url: string): LegacyUrlInfo | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  const host = classifyLegacyHost(parsed.hostname);
  if (!host) return undefined;
  const route = classifyLegacyPath(parsed.pathname);
  if (!route) return undefined;
  // A white-label web-client host only serves the web client; resources only the widget.
  if (host.kind === 'web-client' && route.route !== 'web-client') return undefined;
  if (host.kind === 'resources' && route.route !== 'widget-script') return undefined;
  if (host.kind === 'api' && (route.route === 'web-client' || route.route === 'widget-script')) return undefined;
  return { host, ...route };
}

/** KYX routes. */
export const KYX_TOKEN_PATH = '/oauth2/token';
export const KYX_ACCOUNTS_PATH = '/api/v1/accounts';

export function kyxAccountPath(accountId: string): string {
  return `${KYX_ACCOUNTS_PATH}/${accountId}`;
}
export function kyxWorkflowExecutionPath(accountId: string, workflowExecutionId: string): string {
  return `${KYX_ACCOUNTS_PATH}/${accountId}/workflow-executions/${workflowExecutionId}`;
}
export function kyxWorkflowStatusPath(accountId: string, workflowExecutionId: string): string {
  return `${kyxWorkflowExecutionPath(accountId, workflowExecutionId)}/status`;
}
export function kyxCredentialPartPath(accountId: string, credentialId: string, part: string): string {
  return `${KYX_ACCOUNTS_PATH}/${accountId}/credentials/${credentialId}/parts/${part}`;
}

export function kyxTokenUrl(region: KyxRegion): string {
  return `${kyxOrigin('auth', region)}${KYX_TOKEN_PATH}`;
}
export function kyxAccountsUrl(region: KyxRegion): string {
  return `${kyxOrigin('account', region)}${KYX_ACCOUNTS_PATH}`;
}
