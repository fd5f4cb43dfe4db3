// A legacy initiate call made through a got.extend() / ky.create() / ky.extend() / ofetch.create() / Wreck.defaults() instance whose
// config is written in the file. The instance is shared by other calls (retrievals, other vendors' routes of the same base), so it is left
// as it is; the migrated call overrides, in its own options, what the instance would add to a KYX request:
//   - prefixUrl: '' — got and ky (before 2.0) join the prefix to any string URL, an absolute KYX URL included
//     ('https://lon.netverify.com/api/https://account…'); an empty prefix is no prefix in got 11–16 and ky 0.x–1.x.
//   - username: '', password: '' — got ≥ 12 sends the instance's Basic credentials over an Authorization header
//     (got 14 sent 'Basic …' with the Bearer header set); empty ones send none (checked on a loopback server).
//   - the Authorization header (rewriteAuth): per-call headers win over the instance's in all three clients.
//   - ofetch: baseURL: '' and, over an instance retry, retry: 0 (ofetchInstanceOverrides).
//   - @hapi/wreck: nothing beyond the Authorization header (wreckInstanceOverrides).
// Whatever else the config holds must be proven not to change the request or what the call resolves to; any other
// option (an afterResponse or init hook, resolveBodyOnly, a custom retry delay, a spread, a second config…) leaves
// the call flagged as before.
import { Node, SyntaxKind, type ObjectLiteralExpression } from '#ts-morph';
import type { HttpCall } from './http-calls.js';
import { propertyKey, resolveObjectLiteralInFile } from './object-literals.js';
import { findDeclaration } from './resolve-binding.js';
import { beforeRequestAuthHook, onRequestAuthHook } from './migration-risks.js';
import { agentDefaultsProblem } from './superagent-agent.js';

/** Options of the instance config that cannot touch a KYX request beyond what the call overrides. */
const HARMLESS = new Set([
  'prefixUrl', 'username', 'password', 'headers', 'timeout', 'retry', 'hooks', 'throwHttpErrors', 'responseType',
  // got transport settings
  'https', 'agent', 'http2', 'decompress', 'followRedirect', 'maxRedirects', 'dnsCache', 'dnsLookupIpVersion',
  // ky (fetch) settings
  'credentials', 'keepalive',
]);
/** Hooks that only see an error, a retry or a redirect; beforeRequest is read for the Authorization header. */
const HARMLESS_HOOKS = new Set(['beforeError', 'beforeRetry', 'beforeRedirect', 'beforeRequest']);

export type InstanceOverrides = { options: string[]; config: Node; credentials: boolean } | { unproven: string };

/** What a call through a client instance needs: undefined for a call through no instance (or an axios one, handled
 * with auth: null), the overrides, or — the instance not proven harmless, or a request.defaults() one (request
 * rejects an absolute URL with a baseUrl and its instance's auth overwrites an Authorization header) — why not. */
/** `put`: the call becomes a PUT (an authentication), which an instance's retry count would resend. */
export function instanceOverrides(http: HttpCall, quote: string, put: boolean): InstanceOverrides | undefined {
  if (!http.instanceConfig || http.client === 'axios-instance' || http.client === 'axios') return undefined;
  // A wretch instance (a const chain): the call's own chain replaces its URL and Authorization (wretch-form.ts).
  if (http.client === 'wretch') return { options: [], config: http.instanceConfig, credentials: /\.auth\s*\(|authorization/i.test(http.instanceConfig.getText()) };
  // A superagent agent with defaults: the call's own `.set('Authorization', …)` replaces theirs (superagent-agent.ts).
  if (http.client === 'superagent' && Node.isCallExpression(http.instanceConfig)) {
    const { problem, credentials } = agentDefaultsProblem(http.instanceConfig, put);
    return problem ? { unproven: problem } : { options: [], config: http.instanceConfig, credentials };
  }
  const found = http.client === 'got' ? gotInstanceOverrides(http, quote) : http.client === 'ofetch' ? ofetchInstanceOverrides(http, quote, put)
    : http.client === 'wreck' ? wreckInstanceOverrides(http) : undefined;
  if (found && 'options' in found) return found;
  if (found?.unproven === OLD_WRECK) return { unproven: `the call goes through a ${instanceFactory(http)}() instance of the old wreck package: ${OLD_WRECK}` };
  const factory = http.client === 'got' || http.client === 'ofetch' || http.client === 'wreck' ? instanceFactory(http) : `${http.client}.defaults`;
  return { unproven: `the call goes through ${/^[aeiou]/i.test(factory) ? 'an' : 'a'} ${factory}() instance whose base URL and credentials also apply to a KYX URL; ` +
    `call ${factory.split('.')[0]} directly (or a separate instance) with the KYX account URL and Authorization: Bearer from kyxAccessToken` };
}

function keyOf(p: Node): string | undefined {
  if (Node.isPropertyAssignment(p)) return propertyKey(p.getNameNode());
  if (Node.isShorthandPropertyAssignment(p) || Node.isMethodDeclaration(p)) return p.getName();
  return undefined;
}

/** The instance's one config literal of the file, with its keys, every one of them in `harmless`; or why not.
 * `check` vets one option's value (undefined: fine). */
function readConfig(http: HttpCall, harmless: ReadonlySet<string>, check: (k: string, value: Node | undefined) => string | undefined):
  { config: ObjectLiteralExpression; keys: Set<string> } | { unproven: string } {
  const cfgNode = http.instanceConfig;
  const made = cfgNode?.getParent();
  // `got.extend(a, b)` merges several configs (or instances): not one literal to read.
  if (!cfgNode || !Node.isCallExpression(made) || made.getArguments().length !== 1) return { unproven: 'several configs' };
  const config = resolveObjectLiteralInFile(cfgNode);
  if (!config) return { unproven: 'config not visible' };
  const keys = new Set<string>();
  for (const p of config.getProperties()) {
    const k = keyOf(p);
    if (!k || !harmless.has(k)) return { unproven: `option ${k ?? p.getText()}` };
    keys.add(k);
    const why = check(k, Node.isPropertyAssignment(p) ? p.getInitializer() : undefined);
    if (why) return { unproven: why };
  }
  return { config, keys };
}

/** ofetch.create() / $fetch.create() options that cannot touch a KYX request beyond what the call overrides
 * (ofetch 1.x spreads the call's options over the instance's, headers merged one by one, the call's last). */
const OFETCH_HARMLESS = new Set([
  'baseURL', 'headers', 'timeout', 'retry', 'retryDelay', 'retryStatusCodes', 'onRequest', 'onRequestError',
  'onResponseError', 'ignoreResponseError', 'responseType', 'credentials', 'keepalive',
]);

/** The options the migrated call adds over its ofetch instance: `baseURL: ''` (ufo's withBase leaves an absolute URL
 * alone, but a falsy baseURL is never joined, whatever the ufo version) and, for a PUT, `retry: 0` over an instance
 * `retry` (a number makes ofetch resend a PUT too; every KYX account PUT starts a workflow execution). */
export function ofetchInstanceOverrides(http: HttpCall, quote: string, put: boolean): InstanceOverrides {
  // A parsed JSON body is what the reads follow; another responseType gives text, a blob or a stream.
  const read = readConfig(http, OFETCH_HARMLESS, (k, value) =>
    k === 'responseType' && !(value && /^['"`]json['"`]$/.test(value.getText())) ? 'responseType' : undefined);
  if ('unproven' in read) return read;
  const { config, keys } = read;
  if (onRequestAuthHook(config)) return { unproven: 'onRequest hook' };
  const options: string[] = [];
  if (keys.has('baseURL')) options.push(`baseURL: ${quote}${quote}`);
  if (put && keys.has('retry') && !http.options?.getProperty('retry')) options.push('retry: 0');
  return { options, config, credentials: keys.has('headers') && /\bauthorization\b/i.test(config.getText()) };
}

/** Wreck.defaults() options that cannot touch a KYX request beyond what the call overrides: @hapi/wreck merges the
 * call's options over the instance's (Hoek.applyToDefaults, headers key by key) and ignores baseUrl for an absolute
 * URL, so the call's own Authorization header and the KYX URL are sent as written. The old `wreck` package is not
 * proven: some of its versions merged an instance's defaults over the call's options and appended an absolute
 * URL's path to the baseUrl. */
const WRECK_HARMLESS = new Set([
  'baseUrl', 'headers', 'json', 'timeout', 'redirects', 'redirect303', 'maxBytes', 'gunzip', 'rejectUnauthorized', 'agents',
  'events', 'secureProtocol', 'ciphers',
]);

const OLD_WRECK = 'some of its versions merge the instance\'s headers over the call\'s and join an absolute URL\'s path to the ' +
  'baseUrl, so a KYX call through it could go to the legacy host with the Basic credentials; move to @hapi/wreck, or call ' +
  'Wreck.put / Wreck.get directly with the KYX URL, json: true and Authorization: Bearer from kyxAccessToken';

function wreckInstanceOverrides(http: HttpCall): InstanceOverrides {
  const made = http.instanceConfig?.getParent();
  const root = Node.isCallExpression(made) && Node.isPropertyAccessExpression(made.getExpression())
    ? (made.getExpression() as import('ts-morph').PropertyAccessExpression).getExpression() : undefined;
  const decl = root && Node.isIdentifier(root) ? findDeclaration(root, root.getText()) : undefined;
  const source = decl?.getFirstAncestorByKind(SyntaxKind.ImportDeclaration)?.getModuleSpecifierValue() ??
    /^require\((['"])([^'"]+)\1\)/.exec((Node.isVariableDeclaration(decl) ? decl.getInitializer()?.getText() : undefined) ?? '')?.[2];
  if (source !== '@hapi/wreck') return { unproven: OLD_WRECK };
  const read = readConfig(http, WRECK_HARMLESS, () => undefined);
  if ('unproven' in read) return read;
  return { options: [], config: read.config, credentials: read.keys.has('headers') && /\bauthorization\b/i.test(read.config.getText()) };
}

/** The factory as the code spells it: `got.extend`, `ky.create`, `ky.extend`, `ofetch.create`, `$fetch.create`, `Wreck.defaults`, `wretch`. */
export function instanceFactory(http: HttpCall): string {
  const made = http.instanceConfig?.getParent();
  if (http.client === 'wretch') return 'wretch';
  if (http.client === 'superagent' && Node.isCallExpression(http.instanceConfig)) return http.instanceConfig.getExpression().getText();
  return Node.isCallExpression(made) ? made.getExpression().getText() : http.client === 'ofetch' ? 'ofetch.create' : 'got.extend';
}

/** The options the migrated call adds over its got / ky instance, or why the instance is not proven harmless. */
export function gotInstanceOverrides(http: HttpCall, quote: string): InstanceOverrides {
  const read = readConfig(http, HARMLESS, (k, value) => {
    if (k === 'hooks') {
      const hooks = value && resolveObjectLiteralInFile(value);
      if (!hooks || hooks.getProperties().some((h) => !HARMLESS_HOOKS.has(keyOf(h) ?? ''))) return 'hooks';
    }
    // got's calculateDelay / ky's shouldRetry may retry past the call's `retry: { limit: 0 }`.
    if (k === 'retry' && !(value && (Node.isNumericLiteral(value) || (Node.isObjectLiteralExpression(value) &&
        value.getProperties().every((r) => ['limit', 'methods', 'statusCodes', 'errorCodes', 'maxRetryAfter', 'backoffLimit'].includes(keyOf(r) ?? '')))))) {
      return 'retry';
    }
    // A response type other than JSON / text changes what `.body` holds (buffer); readers would need more than renames.
    if (k === 'responseType' && !(value && /^['"`](json|text)['"`]$/.test(value.getText()))) return 'responseType';
    return undefined;
  });
  if ('unproven' in read) return read;
  const { config, keys } = read;
  if (beforeRequestAuthHook(config)) return { unproven: 'beforeRequest hook' };
  const empty = `${quote}${quote}`;
  const options: string[] = [];
  if (keys.has('prefixUrl')) options.push(`prefixUrl: ${empty}`);
  if (keys.has('username') || keys.has('password')) options.push(`username: ${empty}`, `password: ${empty}`);
  const headers = keys.has('headers') && /\bauthorization\b/i.test(config.getText());
  return { options, config, credentials: keys.has('username') || keys.has('password') || headers };
}

/** The item left on an instance whose migrated call overrides its legacy credentials. */
export function instanceItem(http: HttpCall, overrides: string[]): string {
  const names = [...overrides.map((o) => o.split(':')[0]!), 'the Authorization header'];
  return `this ${instanceFactory(http)}() instance still carries the legacy Basic credentials (migrated calls override ` +
    `${names.slice(0, -1).join(', ')}${names.length > 1 ? ' and ' : ''}${names.at(-1)}); remove them once none of its calls goes to a legacy Jumio host`;
}

/** The item left on an axios instance (axios.create config, or Midway's injected HttpService, configured in the app's
 * config) that may still hold the legacy credentials; `auth`: the migrated calls pass `auth: null` over it. */
export function axiosInstanceItem(config: Node, auth: boolean): string {
  const nullAuth = auth ? ' (migrated calls pass auth: null, because axios sends an instance\'s auth instead of any Authorization header)' : '';
  if (Node.isPropertyDeclaration(config) || Node.isParameterDeclaration(config)) {
    return `Midway's HttpService takes its defaults from the app's axios config (config.default.ts)${nullAuth}: remove legacy Jumio ` +
      'Basic credentials and a legacy baseURL from it once none of its calls goes to a legacy Jumio host';
  }
  return `this axios instance still carries the legacy Basic credentials${nullAuth}; remove them once none of its calls goes to a legacy Jumio host`;
}
