// The web-request package (a promise wrapper of request): `request.json<T>(uri, { baseUrl, auth, body, method,
// headers })` passes its options to request with `json: true`, so the body is sent as JSON and the promise resolves
// to the parsed response body: request-promise's call shape with a JSON response.
import { Node, type CallExpression } from '#ts-morph';
import type { HttpCall } from './http-calls.js';
import { bodySite, headersOf, optionsObject, prop, requestForm } from './http-call-forms.js';

export function webRequestJson(call: CallExpression): HttpCall | undefined {
  // The URL comes first (`json<T>(uri, options?)`); an options object first is not this function's shape.
  const r = requestForm(call, 'request-promise', undefined);
  if (!r || r.url !== call.getArguments()[0]) return undefined;
  return { ...r, response: 'request-promise', jsonResponse: true };
}

/** `request.post(uri, options, content)` (also get / put / patch / del): resolves to a Response whose `.content` holds
 * the body (a string, parsed only with json: true), a shape the reads are not followed through. Recognised so that
 * the rules flag a legacy call with what to do, instead of only legacy-endpoint's marker on its URL. */
export function webRequestShorthand(call: CallExpression, member: string): HttpCall | undefined {
  if (!['get', 'post', 'put', 'patch', 'del', 'delete'].includes(member)) return undefined;
  const [url, o, content] = call.getArguments();
  if (!url) return undefined;
  const options = optionsObject(o);
  const callee = call.getExpression();
  return {
    client: 'web-request', call, url, base: prop(options, 'baseUrl'),
    method: member === 'del' ? 'DELETE' : member.toUpperCase(), methodNode: Node.isPropertyAccessExpression(callee) ? callee.getNameNode() : undefined,
    options, optionsAfter: o ? undefined : url,
    body: bodySite(content ?? prop(options, 'body')), headers: headersOf(options),
    response: 'got', jsonResponse: !!prop(options, 'json'),
    unproven: `web-request's ${member}(uri, options${member === 'get' ? '' : ', content'}) resolves to a Response whose body is read on .content, ` +
      'which the codemod does not follow: send the call with request.json<T>(uri, { method, headers, body }) instead (it resolves to the parsed ' +
      'body, which the codemod migrates), or move it to KYX by hand (see MIGRATION.md)',
  };
}
