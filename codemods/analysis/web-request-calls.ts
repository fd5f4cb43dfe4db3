// The web-request package (a promise wrapper of request): `request.json<T>(uri, { baseUrl, auth, body, method,
// headers })` passes its options to request with `json: true`, so the body is sent as JSON and the promise resolves
// to the parsed response body: request-promise's call shape with a JSON response.
import type { CallExpression } from '#ts-morph';
import type { HttpCall } from './http-calls.js';
import { requestForm } from './http-call-forms.js';

export function webRequestJson(call: CallExpression): HttpCall | undefined {
  // The URL comes first (`json<T>(uri, options?)`); an options object first is not this function's shape.
  const r = requestForm(call, 'request-promise', undefined);
  if (!r || r.url !== call.getArguments()[0]) return undefined;
  return { ...r, response: 'request-promise', jsonResponse: true };
}
