// A legacy call sent over a transport of its own — a proxy or TLS agent (axios `httpsAgent`, got/node-fetch `agent`),
// an undici `dispatcher`, axios `proxy` settings, or node:http's global agent patched by `global-agent` — keeps it
// once migrated. The KYX token request of the written helper (kyx-auth) uses the global fetch, which takes none of
// them: behind an egress proxy or a private CA it fails where the call itself passes (hold-out round 48).
import { Node, type SourceFile } from '#ts-morph';
import type { HttpCall } from './http-calls.js';
import { HELPER_EXPORTS } from './kyx-helper.js';
import { findDeclaration } from './resolve-binding.js';

const TRANSPORT_KEYS = new Set(['httpsAgent', 'httpAgent', 'agent', 'dispatcher', 'proxy']);
const GLOBAL_AGENT = /\bfrom\s*['"]global-agent(\/bootstrap)?['"]|\brequire\(\s*['"]global-agent(\/bootstrap)?['"]\s*\)|\bimport\s*['"]global-agent\/bootstrap['"]/;

// A proxy class, or options that set up TLS or a proxy (`ca`, a client certificate, `servername`, a proxy `uri`/`token`).
const PROXY_CLASS = /Proxy|Tunnel|Socks/;
const ROUTE_OPTIONS = /\b(ca|cert|key|pfx|passphrase|rejectUnauthorized|servername|checkServerIdentity|proxy|uri|token|host|hostname)\s*:/;

/** Does the value route or secure the connection? A plain keep-alive or pooling agent (`new Agent({ keepAlive: true })`)
 * does not; a value this file does not show (a call's result, a parameter, an import) may. */
function routes(value: Node | undefined, depth = 0): boolean {
  if (!value || depth > 3) return true;
  if (Node.isIdentifier(value)) {
    const decl = findDeclaration(value, value.getText());
    return Node.isVariableDeclaration(decl) && decl.getInitializer() ? routes(decl.getInitializer(), depth + 1) : true;
  }
  if (Node.isNewExpression(value)) return PROXY_CLASS.test(value.getExpression().getText()) || value.getArguments().some((a) => ROUTE_OPTIONS.test(a.getText()));
  if (Node.isObjectLiteralExpression(value)) return value.getProperties().some((p) => !Node.isPropertyAssignment(p) || routes(p.getInitializer(), depth + 1));
  return !/^(false|undefined|null)$/.test(value.getText());
}

/** The transport options of an options or instance config object that route or secure the connection (`proxy: false`
 * turns axios's own proxy off: none). */
function transportKeys(obj: Node | undefined): string[] {
  if (!obj || !Node.isObjectLiteralExpression(obj)) return [];
  return obj.getProperties().flatMap((p) => {
    if (!(Node.isPropertyAssignment(p) || Node.isShorthandPropertyAssignment(p)) || !TRANSPORT_KEYS.has(p.getName())) return [];
    return routes(Node.isPropertyAssignment(p) ? p.getInitializer() : p.getNameNode()) ? [p.getName()] : [];
  });
}

/** The manual item for a migrated call whose transport the helper's token request does not share (none or one). */
export function transportItems(http: HttpCall, sf: SourceFile, helperFile: string): string[] {
  const keys = [...new Set([...transportKeys(http.options), ...transportKeys(http.instanceConfig)])];
  // global-agent patches node:http/https, which fetch and undici do not use: such a call bypasses it too.
  const globalAgent = http.response !== 'fetch' && http.response !== 'undici' && GLOBAL_AGENT.test(sf.getFullText());
  if (!keys.length && !globalAgent) return [];
  const how = keys.length ? `its own transport (${keys.join(', ')}), kept as written` : 'global-agent, which patches node:http/https only';
  return [`this call goes out through ${how}: the KYX token request in ${helperFile} (${HELPER_EXPORTS.token}) uses the global fetch, ` +
    `which takes none of it — behind an egress proxy or a private CA give it the same route (undici's setGlobalDispatcher with a ` +
    `ProxyAgent or EnvHttpProxyAgent, NODE_EXTRA_CA_CERTS), and let the proxy's allow list and NO_PROXY admit the KYX hosts`];
}
