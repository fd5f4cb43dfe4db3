// Public entry points of the shim (DESIGN.md "Shim" contract): the in-process adapter, the undici interceptor,
// the HTTP proxy, and the pieces they are built from.
export { createLegacyAdapter, DEFAULT_USER_AGENT, type CallContext, type LegacyAdapter, type LegacyAdapterOptions } from './adapter.js';
export { legacyNetverifyInterceptor, type LegacyInterceptorOptions } from './interceptor.js';
export { startShimProxy, type ShimProxy, type ShimProxyOptions } from './proxy/server.js';
export { openStore } from './store/open.js';
export type { Store, EnrollmentRecord, AuthenticationRecord } from './store/types.js';
export { KyxClient, kyxEndpointsFor, singleOriginEndpoints, type KyxEndpoints } from './kyx-client.js';
export { TokenManager, type OAuthClient } from './token-manager.js';
export { LegacyApiError, type LegacyErrorBody } from './errors.js';
export { createLogger, type Logger, type LogSink } from './logger.js';
export { hashSecret } from './caller-auth.js';
export { loadShimConfig, parseShimConfig, type ShimConfig, type ShimConfigFile } from './config.js';
export { importMappings, type ImportReport } from './import.js';
