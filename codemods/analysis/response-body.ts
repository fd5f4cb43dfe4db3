// Where a client's response object keeps the parsed answer, and at which level of the flow (response-flow.ts).
import type { HttpCall } from './http-calls.js';

/** env: the client's response object; data: the parsed JSON; text: the JSON as a string (JSON.parse → data);
 * undiciBody: undici's body mixin (.json() → data). */
export type Level = 'env' | 'data' | 'text' | 'undiciBody';

/** The response member holding the body (`data` of axios, `body` of got…), and the level of what it holds. */
export function responseBody(http: HttpCall): { key: string; level: Level } {
  const r = http.response;
  return {
    key: r === 'axios' ? 'data' : r === 'wreck' ? 'payload' : r === 'web-request' ? 'content' : 'body',
    level: r === 'undici' ? 'undiciBody' : (r === 'got' || r === 'web-request') && !http.jsonResponse ? 'text' : 'data',
  };
}
