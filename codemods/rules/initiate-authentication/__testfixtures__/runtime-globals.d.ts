// Type stand-ins for the fixtures' runtimes and packages that are not installed here (typecheck-outputs.test.ts):
// Deno's globals and npm: specifier (deno-npm-axios), Inngest (inngest-step-run), Astro (astro-endpoint-import-meta-env), opossum (opossum-*), fp-ts (fp-ts-trycatch-thunk, fp-ts-taskeither-map).
declare const Deno: {
  serve(handler: (req: Request) => Response | Promise<Response>): void;
  env: { get(name: string): string | undefined };
};
declare module 'npm:axios@1.6.8' {
  import axios from 'axios';
  export default axios;
}
declare module 'inngest' {
  interface Step { run<T>(id: string, fn: () => T | Promise<T>): Promise<Awaited<T>> }
  export class Inngest {
    constructor(options: { id: string });
    createFunction(options: { id: string }, trigger: { event: string }, handler: (ctx: { event: { data: any }; step: Step }) => unknown): unknown;
  }
}
declare module 'typedi' {
  export function Service(): ClassDecorator;
  export function Inject(id: string): ParameterDecorator;
}
declare module 'astro' {
  export interface APIContext { locals: Record<string, any>; url: URL; request: Request }
  export type APIRoute = (context: APIContext) => Response | Promise<Response>;
}
declare module 'opossum' {
  export default class CircuitBreaker<A extends unknown[] = unknown[], R = unknown> {
    constructor(action: (...args: A) => Promise<R>, options?: Record<string, unknown>);
    fire(...args: A): Promise<R>;
    fallback(fn: (...args: unknown[]) => unknown): this;
  }
}
declare module 'fp-ts/TaskEither' {
  export type TaskEither<E, A> = () => Promise<{ _tag: 'Left'; left: E } | { _tag: 'Right'; right: A }>;
  export function tryCatch<E, A>(f: () => Promise<A>, onRejected: (reason: unknown) => E): TaskEither<E, A>;
  export function map<A, B>(f: (a: A) => B): <E>(fa: TaskEither<E, A>) => TaskEither<E, B>;
}
declare module 'fp-ts/Either' {
  export type Either<E, A> = { _tag: 'Left'; left: E } | { _tag: 'Right'; right: A };
  export function isRight<E, A>(e: Either<E, A>): e is { _tag: 'Right'; right: A };
}
declare module 'fp-ts/function' {
  export function pipe<A, B>(a: A, ab: (a: A) => B): B;
}
// Cloudflare Workers' queue consumer and KV (cloudflare-queue-consumer).
interface KVNamespace { put(key: string, value: string): Promise<void> }
interface MessageBatch<Body = unknown> { messages: { body: Body; ack(): void }[] }
// Cloudflare Workflows (cf-workflows-step-do).
declare module 'cloudflare:workers' {
  export interface WorkflowEvent<P> { payload: P }
  export interface WorkflowStep {
    do<T>(name: string, fn: () => Promise<T>): Promise<T>;
    do<T>(name: string, config: { retries?: { limit: number } }, fn: () => Promise<T>): Promise<T>;
  }
  export abstract class WorkflowEntrypoint<E, P> {
    protected env: E;
    abstract run(event: WorkflowEvent<P>, step: WorkflowStep): Promise<unknown>;
  }
}
