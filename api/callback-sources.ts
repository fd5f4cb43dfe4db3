// Where callbacks come from (jumio-api-facts §3.1, §4.1, §4.7): source IPs and lookup hostnames per region, and
// the workflow statuses a KYX callback carries. Callback receivers that allowlist the legacy sources must update.
import type { KyxRegion } from './regions.js';
import type { KyxWorkflowStatus } from './kyx-types.js';

export interface CallbackSource {
  /** Hostname to resolve for the current IPs. */
  hostname: string;
  ips: readonly string[];
}

/** Legacy (and GitHub-guide KYX) callback sources. */
export const LEGACY_CALLBACK_SOURCES: Readonly<Record<KyxRegion, CallbackSource>> = {
  'amer-1': {
    hostname: 'callback.jumio.com',
    ips: ['34.202.241.227', '34.226.103.119', '34.226.254.127', '52.52.51.178', '52.53.95.123', '54.67.101.173'],
  },
  'emea-1': {
    hostname: 'callback.lon.jumio.com',
    ips: ['34.253.41.236', '35.157.27.193', '52.48.0.25', '52.57.194.92', '52.58.113.86', '52.209.180.134'],
  },
  'apac-1': { hostname: 'callback.core-sgp.jumio.com', ips: ['3.0.109.121', '52.76.184.73', '52.77.102.92'] },
};

/** KYX callback sources per the newer docs (secondary source: verify before relying on them). */
export const KYX_CALLBACK_SOURCES: Readonly<Record<KyxRegion, CallbackSource>> = {
  'amer-1': {
    hostname: 'callback.amer-1.jumio.ai',
    ips: ['34.202.241.227', '34.226.103.119', '34.226.254.127', '52.8.136.236', '54.177.61.57', '54.183.15.212'],
  },
  'emea-1': { hostname: 'callback.emea-1.jumio.ai', ips: LEGACY_CALLBACK_SOURCES['emea-1'].ips },
  'apac-1': {
    hostname: 'callback.apac-1.jumio.ai',
    ips: [...LEGACY_CALLBACK_SOURCES['apac-1'].ips, '13.238.100.17', '13.238.203.238', '52.64.132.26'],
  },
};

/** Every legacy callback IP and hostname (to recognise allowlists in customer code). */
export const LEGACY_CALLBACK_SOURCE_VALUES: readonly string[] = Object.values(LEGACY_CALLBACK_SOURCES).flatMap((s) => [s.hostname, ...s.ips]);

/** Values of `workflowExecution.status` in a KYX callback. */
export const KYX_CALLBACK_STATUSES: readonly KyxWorkflowStatus[] = ['PROCESSED', 'SESSION_EXPIRED', 'TOKEN_EXPIRED'];

/** The KYX callback's Content-Type (the legacy one was application/x-www-form-urlencoded). */
export const KYX_CALLBACK_CONTENT_TYPE = 'application/json';
export const LEGACY_CALLBACK_CONTENT_TYPE = 'application/x-www-form-urlencoded';
