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
 * the body — parsed with `json: true` (request's option, which also sends an object content as JSON), else the text
 * (read through `JSON.parse(res.content)`). The content is the body; with an object content and no `json: true` the
 * request would not send JSON, so such a call stays flagged. */
export function webRequestShorthand(call: CallExpression, member: string): HttpCall | undefined {
  if (!['get', 'post', 'put', 'patch', 'del', 'delete'].includes(member)) return undefined;
  const [url, o, content] = call.getArguments();
  if (!url) return undefined;
  const options = optionsObject(o);
  const callee = call.getExpression();
  const json = prop(options, 'json');
  const body = bodySite(content ?? prop(options, 'body'));
  const problems: string[] = [];
  if (o && !options) problems.push('its options are built where the codemod cannot see them');
  if (options?.getProperties().some((p) => Node.isSpreadAssignment(p))) problems.push('its options spread another object');
  if (body && !body.stringified && json?.getText() !== 'true') problems.push('its content is an object sent without json: true');
  return {
    client: 'web-request', call, url, base: prop(options, 'baseUrl'),
    method: member === 'del' ? 'DELETE' : member.toUpperCase(), methodNode: Node.isPropertyAccessExpression(callee) ? callee.getNameNode() : undefined,
    options, optionsAfter: o ? undefined : url,
    body, headers: headersOf(options),
    response: 'web-request', jsonResponse: json?.getText() === 'true',
    unproven: problems.length ? `a web-request ${member}(uri, options${member === 'get' ? '' : ', content'}) call the codemod cannot migrate whole ` +
      `(${problems.join('; ')}): send it with json: true and a literal options object, then migrate it as in MIGRATION.md` : undefined,
  };
}
