// Ambient declarations of the HTTP clients and libraries the backend fixtures import (axios, got, ky, ofetch, zod,
// Effect, Wreck, …), just enough for test/rules/backend/typecheck-outputs.test.ts to type-check the rules' outputs.
export const CLIENT_STUBS = `
declare module 'axios' {
  export interface AxiosResponse<T = any> { data: T; status: number }
  export interface AxiosRequestConfig { headers?: Record<string, unknown>; auth?: { username: string; password: string }; timeout?: number }
  export interface AxiosInstance {
    interceptors: {
      request: { use(fn: (config: { headers: Record<string, string> }) => unknown): number };
      response: { use(fn?: (response: AxiosResponse) => unknown, onError?: (error: unknown) => unknown): number };
    };
    post<T = any>(url: string, data?: unknown, config?: unknown): Promise<AxiosResponse<T>>;
    put<T = any>(url: string, data?: unknown, config?: unknown): Promise<AxiosResponse<T>>;
    request<T = any>(config: unknown): Promise<AxiosResponse<T>>;
  }
  interface AxiosStatic extends AxiosInstance {
    <T = any>(config: unknown): Promise<AxiosResponse<T>>;
    create(config?: unknown): AxiosInstance;
  }
  const axios: AxiosStatic;
  export default axios;
}
declare module 'got' {
  interface GotPromise<T> extends Promise<{ body: T; statusCode: number }> {
    json<R = unknown>(): Promise<R>;
  }
  interface BodyOnly { resolveBodyOnly: true; [option: string]: unknown }
  interface ExtendOptions {
    hooks?: { beforeError?: ((error: Error) => Error)[]; afterResponse?: ((response: { statusCode: number; url: string }) => unknown)[] };
    [option: string]: unknown;
  }
  interface Got {
    (url: string, options?: unknown): GotPromise<string>;
    // resolveBodyOnly: true resolves to the body itself (as got's own overloads type it).
    get<T = unknown>(url: string, options: BodyOnly): Promise<T>;
    post<T = unknown>(url: string, options: BodyOnly): Promise<T>;
    put<T = unknown>(url: string, options: BodyOnly): Promise<T>;
    get<T = unknown>(url: string, options?: unknown): GotPromise<T>;
    post<T = unknown>(url: string, options?: unknown): GotPromise<T>;
    put<T = unknown>(url: string, options?: unknown): GotPromise<T>;
    extend(options: ExtendOptions): Got;
  }
  const got: Got;
  export default got;
}
declare module 'wretch' {
  interface WretchResponseChain { json<T = any>(): Promise<T> }
  interface Wretch {
    url(url: string, replace?: boolean): Wretch;
    auth(header: string): Wretch;
    accept(type: string): Wretch;
    content(type: string): Wretch;
    headers(headers: Record<string, string>): Wretch;
    get(): WretchResponseChain;
    post(body?: unknown): WretchResponseChain;
    put(body?: unknown): WretchResponseChain;
  }
  export default function wretch(url?: string): Wretch;
}
declare module 'jumio' {
  export enum Region { US = 'US', EU = 'EU' }
  export interface InitiateIdentityVerificationResponse { timestamp: string; redirectUrl: string; transactionReference: string }
  export class Jumio {
    constructor(options: unknown);
    initiateIdentityVerification(params: unknown): Promise<InitiateIdentityVerificationResponse>;
  }
}
declare module '@nestjs/common' {
  export function Injectable(): ClassDecorator;
  export function Controller(prefix?: string): ClassDecorator;
  export function Post(path?: string): MethodDecorator;
  export function UseInterceptors(...interceptors: unknown[]): MethodDecorator;
  export function Req(): ParameterDecorator;
  export interface CallHandler<T = any> { handle(): import('rxjs').Observable<T> }
  export interface ExecutionContext { switchToHttp(): { getRequest<T = any>(): T } }
  export interface NestInterceptor { intercept(context: ExecutionContext, next: CallHandler): unknown }
}
declare module 'rxjs' {
  export type OperatorFunction<T, R> = (source: Observable<T>) => Observable<R>;
  export interface Observable<T> {
    subscribe(next: (value: T) => void): void;
    pipe<A>(op1: OperatorFunction<T, A>): Observable<A>;
    pipe<A, B>(op1: OperatorFunction<T, A>, op2: OperatorFunction<A, B>): Observable<B>;
    pipe<A, B, C>(op1: OperatorFunction<T, A>, op2: OperatorFunction<A, B>, op3: OperatorFunction<B, C>): Observable<C>;
    toPromise(): Promise<T | undefined>;
  }
  export function firstValueFrom<T>(source: Observable<T>): Promise<T>;
  export function lastValueFrom<T>(source: Observable<T>): Promise<T>;
  export function map<T, R>(project: (value: T) => R): OperatorFunction<T, R>;
  export function switchMap<T, R>(project: (value: T) => Observable<R>): OperatorFunction<T, R>;
  export function timeout<T>(ms: number): OperatorFunction<T, T>;
  export function catchError<T>(handle: (err: any) => Observable<never>): OperatorFunction<T, T>;
  export function of<T>(value: T): Observable<T>;
  export function throwError(factory: () => unknown): Observable<never>;
}
declare module 'rxjs/operators' {
  export { map } from 'rxjs';
}
declare module '@nestjs/axios' {
  import type { Observable } from 'rxjs';
  export class HttpService {
    post<T = any>(url: string, data?: unknown, config?: unknown): Observable<{ data: T; status: number }>;
    put<T = any>(url: string, data?: unknown, config?: unknown): Observable<{ data: T; status: number }>;
    /** The axios instance it wraps (axios's promises). */
    readonly axiosRef: {
      post<T = any>(url: string, data?: unknown, config?: unknown): Promise<{ data: T; status: number }>;
      put<T = any>(url: string, data?: unknown, config?: unknown): Promise<{ data: T; status: number }>;
    };
  }
}
declare module 'hono' {
  /** The context a handler gets; Variables of the app's env type the values c.set / c.get / c.var hold. */
  export interface Context<E = any> {
    req: { json<T>(): Promise<T>; param(name: string): string };
    env: any;
    json(v: unknown, status?: number): Response;
    set<K extends keyof Vars<E>>(key: K, value: Vars<E>[K]): void;
    get<K extends keyof Vars<E>>(key: K): Vars<E>[K];
    var: Vars<E>;
  }
  type Vars<E> = E extends { Variables: infer V } ? V : any;
  export type Handler<E = any> = (c: Context<E>, next: () => Promise<void>) => unknown;
  export class Hono<E = any> {
    post(path: string, ...handlers: Handler<E>[]): void;
    use(path: string, ...handlers: Handler<E>[]): void;
  }
}
declare module 'hono/factory' {
  import type { Handler } from 'hono';
  export function createMiddleware<E = any>(handler: Handler<E>): Handler<E>;
}
declare module 'ky' {
  interface KyPromise extends Promise<{ json<T>(): Promise<T> }> { json<T = unknown>(): Promise<T> }
  interface KyInstance { post(url: string, options?: unknown): KyPromise; put(url: string, options?: unknown): KyPromise; create(options?: unknown): KyInstance }
  const ky: KyInstance;
  export default ky;
}
declare module 'zod' {
  interface ZodType<T> { parse(v: unknown): T; parseAsync(v: unknown): Promise<T>; url(): ZodType<T>; uuid(): ZodType<T>; strict(): ZodType<T>;
    safeParse(v: unknown): { success: true; data: T; error?: undefined } | { success: false; data?: undefined; error: { message: string } };
    transform<U>(fn: (v: T) => U): ZodType<U> }
  export namespace z { type infer<S> = S extends ZodType<infer T> ? T : never }
  export const z: {
    object<S extends Record<string, ZodType<any>>>(shape: S): ZodType<{ [K in keyof S]: S[K] extends ZodType<infer T> ? T : never }>;
    string(): ZodType<string>;
  };
}
declare module 'ofetch' {
  type OnRequest = (ctx: { request: unknown; options: { headers: Headers } }) => void;
  export interface FetchOptions {
    method?: string; headers?: Record<string, string>; body?: unknown; responseType?: 'json' | 'text'; onRequest?: OnRequest | OnRequest[];
    baseURL?: string; retry?: number | false; timeout?: number; query?: Record<string, string>;
    onResponse?: (ctx: { response: { _data: any } }) => void;
  }
  export interface $Fetch { <T = any>(url: string, options?: FetchOptions): Promise<T>; create(defaults: FetchOptions): $Fetch }
  export const ofetch: $Fetch;
  export const $fetch: $Fetch;
}
// Nuxt / Nitro auto-imports.
declare const $fetch: import('ofetch').$Fetch;
declare function defineEventHandler<T>(handler: (event: unknown) => T): unknown;
declare function readBody<T = any>(event: unknown): Promise<T>;
declare function defineTask<T>(task: T): T;
// (Nuxt's runtime config nests its public part: public: { siteUrl }.)
declare function useRuntimeConfig(event?: unknown): Record<string, string> & { public: Record<string, string> };
declare function sendRedirect(event: unknown, location: string, code?: number): unknown;
declare module 'bottleneck' {
  export default class Bottleneck {
    constructor(options?: { maxConcurrent?: number; minTime?: number });
    schedule<T>(task: () => Promise<T>): Promise<T>;
    schedule<T>(options: { id?: string; priority?: number; expiration?: number; weight?: number }, task: () => Promise<T>): Promise<T>;
  }
}
declare module 'p-limit' {
  export default function pLimit(concurrency: number): <T>(task: () => Promise<T>) => Promise<T>;
}
declare module 'cockatiel' {
  export interface IPolicy { execute<T>(fn: (context: { signal: AbortSignal }) => PromiseLike<T> | T): Promise<T> }
  export const handleAll: unknown;
  export class ConsecutiveBreaker { constructor(count: number) }
  export function retry(policy: unknown, options: { maxAttempts?: number }): IPolicy;
  export function circuitBreaker(policy: unknown, options: { halfOpenAfter: number; breaker: ConsecutiveBreaker }): IPolicy;
  export function wrap(...policies: IPolicy[]): IPolicy;
}
declare module '#start/env' {
  const env: { get(key: string): string };
  export default env;
}
declare module '@aws-lambda-powertools/parameters/secrets' {
  export function getSecret(name: string, options?: { transform?: 'json' | 'binary' }): Promise<unknown>;
}
declare module 'ts-retry-promise' {
  export function retry<T>(fn: () => Promise<T>, config?: { retries?: number; delay?: number }): Promise<T>;
  export function retryDecorator<A extends unknown[], T>(fn: (...args: A) => Promise<T>, config?: { retries?: number }): (...args: A) => Promise<T>;
}
declare module 'await-to-js' {
  export default function to<T, E = Error>(promise: Promise<T>): Promise<[E, undefined] | [null, T]>;
}
declare module 'p-timeout' {
  export default function pTimeout<T>(promise: PromiseLike<T>, options: { milliseconds: number }): Promise<T>;
}
declare module 'effect' {
  export interface Effect<A, E = never> {
    readonly _A: A; readonly _E: E;
    pipe<B>(f: (self: Effect<A, E>) => B): B;
    [Symbol.iterator](): Generator<Effect<A, E>, A, any>;
  }
  export const Effect: {
    gen<A>(f: () => Generator<any, A, any>): Effect<A, unknown>;
    tryPromise<A, E = unknown>(options: { try: (signal: AbortSignal) => PromiseLike<A>; catch: (error: unknown) => E } | ((signal: AbortSignal) => PromiseLike<A>)): Effect<A, E>;
    map<A, B>(f: (a: A) => B): <E>(self: Effect<A, E>) => Effect<B, E>;
  };
  export function pipe<A, B>(a: A, ab: (a: A) => B): B;
}
declare module 'web-request' {
  export interface RequestOptions {
    baseUrl?: string; method?: string; auth?: { user?: string; pass?: string }; headers?: Record<string, string>; body?: unknown; json?: boolean;
  }
  export interface Response<T> { content: T; statusCode: number }
  export function json<T>(uri: string, options?: RequestOptions): Promise<T>;
  export function get<T = any>(uri: string, options?: RequestOptions): Promise<Response<T>>;
  export function post<T = any>(uri: string, options?: RequestOptions, content?: unknown): Promise<Response<T>>;
  export function put<T = any>(uri: string, options?: RequestOptions, content?: unknown): Promise<Response<T>>;
}
declare module '@hapi/wreck' {
  interface WreckResponse<T> { res: { statusCode?: number }; payload: T }
  interface WreckClient {
    defaults(options: Record<string, unknown>): WreckClient;
    get<T = unknown>(uri: string, options?: Record<string, unknown>): Promise<WreckResponse<T>>;
    post<T = unknown>(uri: string, options?: Record<string, unknown>): Promise<WreckResponse<T>>;
    put<T = unknown>(uri: string, options?: Record<string, unknown>): Promise<WreckResponse<T>>;
    request(method: string, uri: string, options?: Record<string, unknown>): Promise<{ statusCode?: number }>;
    read<T = unknown>(res: unknown, options?: Record<string, unknown>): Promise<T>;
  }
  const Wreck: WreckClient;
  export default Wreck;
}
declare module '@midwayjs/core' {
  export function Provide(): ClassDecorator;
  export function Inject(): PropertyDecorator;
  export function Config(key?: string): PropertyDecorator;
}
declare module '@midwayjs/axios' {
  import type { AxiosResponse } from 'axios';
  export class HttpService {
    get<T = any>(url: string, config?: unknown): Promise<AxiosResponse<T>>;
    post<T = any>(url: string, data?: unknown, config?: unknown): Promise<AxiosResponse<T>>;
    put<T = any>(url: string, data?: unknown, config?: unknown): Promise<AxiosResponse<T>>;
  }
}
declare module '@restatedev/restate-sdk' {
  export interface Context { run<T>(name: string, action: () => Promise<T>): Promise<T>; set(key: string, value: unknown): void }
  export function service<T>(definition: { name: string; handlers: T }): { name: string; handlers: T };
}
declare module 'mqtt' {
  const mqtt: { connect(url: string): { on(ev: string, cb: (topic: string, message: Buffer) => void): void } };
  export default mqtt;
}
`;
