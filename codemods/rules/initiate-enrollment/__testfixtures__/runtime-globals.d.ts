// Type stand-ins for the fixtures' runtimes that are not installed here (typecheck-outputs.test.ts): Deno's globals
// (deno-std-base64) and the Workers handler type (worker-satisfies-handler).
declare const Deno: { env: { get(name: string): string | undefined } };
declare module 'jsr:@std/encoding/base64' {
  export function encodeBase64(data: string | Uint8Array): string;
}
interface ExportedHandler<Env = unknown> {
  fetch?(request: Request, env: Env): Response | Promise<Response>;
}
// SvelteKit's $app/server (sveltekit-get-request-event-fetch).
declare module '$app/server' {
  export function command<R>(fn: () => Promise<R>): () => Promise<R>;
  export function getRequestEvent(): { fetch: typeof fetch; locals: { user: { id: string }; jumioCredentials: string } };
}
