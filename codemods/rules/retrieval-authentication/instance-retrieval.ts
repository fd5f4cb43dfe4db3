// A retrieval made through a client instance (got.extend / ky.create / ky.extend with prefixUrl, ofetch.create /
// $fetch.create with baseURL, axios.create with baseURL): migrated like the initiate calls through the same
// instances (instance-overrides.ts). The instance is left as it is — its other calls keep working — and the
// migrated call overrides in its own options what the instance would add to the KYX request: the base URL
// (prefixUrl: '' / baseURL: ''; axios ignores its baseURL for an absolute URL), the Basic credentials
// (username: '' / password: '', axios auth: null) and, through its own headers, the Authorization header. A GET is
// never resent as a PUT would be, so the instance's retry settings stay.
import { Node } from '#ts-morph';
import type { HttpCall } from '../../analysis/http-calls.js';
import { axiosInstanceItem, instanceItem, instanceOverrides } from '../../analysis/instance-overrides.js';
import { instanceMaySetAuth } from '../../analysis/migration-risks.js';

export type InstancePlan =
  | { options: string[]; item?: { node: Node; message: string } }
  | { problem: string };

/** What a retrieval through a client instance needs, or why it stays flagged; undefined for a call through none. */
export function retrievalInstancePlan(http: HttpCall, quote: string, ts: boolean): InstancePlan | undefined {
  const cfg = http.instanceConfig;
  if (!cfg) return undefined;
  if (http.client === 'axios-instance' || http.client === 'axios') {
    const auth = instanceMaySetAuth(cfg);
    if (!auth && !/\bauthorization\b/i.test(cfg.getText())) return { options: [] };
    return {
      options: auth ? [ts ? 'auth: null as never' : 'auth: null'] : [],
      item: { node: cfg, message: axiosInstanceItem(cfg, auth) },
    };
  }
  // wretch chains are flagged by the rule itself; request.defaults() is never proven (instance-overrides.ts).
  const found = instanceOverrides(http, quote, false);
  if (!found) return undefined;
  if ('unproven' in found) return { problem: found.unproven.replace('the KYX account URL', 'the KYX workflow details URL') };
  return { options: found.options, item: found.credentials ? { node: found.config, message: instanceItem(http, found.options) } : undefined };
}

/** The call's own base URL option (`prefixUrl` / `baseURL` / `baseUrl`, the one the client form reads as its base):
 * removed when the call is migrated, as the initiate rules do (call-auth.ts), since the KYX URL is absolute — got and
 * request reject an absolute URL beside a base; ofetch and axios ignore the base then. */
export function ownBaseOption(http: HttpCall): Node | undefined {
  // Node https's hostname option is placed by the client form instead (HttpCall.placeUrl).
  if (!http.base || http.placeUrl) return undefined;
  return http.options?.getProperties().find((p) => /^['"]?(prefixUrl|baseURL|baseUrl)['"]?$/.test(p.getChildAtIndex(0).getText()) &&
    ((Node.isPropertyAssignment(p) && p.getInitializer() === http.base) || (Node.isShorthandPropertyAssignment(p) && p.getNameNode() === http.base)));
}
