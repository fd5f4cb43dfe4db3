// Typed stand-ins for the HTTP clients and frameworks the hold-out corpus uses that are not installed here. They
// follow the real packages' public typings for the members used (axios's `auth?: AxiosBasicCredentials` in
// particular: `null` is not assignable to it under strict).
export const STUBS = `
declare module 'axios' {
  export interface AxiosBasicCredentials { username: string; password: string }
  export interface AxiosRequestConfig<D = any> {
    url?: string; method?: string; baseURL?: string; data?: D;
    headers?: Record<string, string | number | boolean | undefined>;
    auth?: AxiosBasicCredentials;
  }
  export interface AxiosResponse<T = any> { data: T; status: number }
  export interface InternalAxiosRequestConfig extends AxiosRequestConfig { headers: Record<string, string> }
  export interface AxiosInstance {
    interceptors: { request: { use(fn: (config: InternalAxiosRequestConfig) => InternalAxiosRequestConfig): number } };
    post<T = any>(url: string, data?: unknown, config?: AxiosRequestConfig): Promise<AxiosResponse<T>>;
    put<T = any>(url: string, data?: unknown, config?: AxiosRequestConfig): Promise<AxiosResponse<T>>;
    get<T = any>(url: string, config?: AxiosRequestConfig): Promise<AxiosResponse<T>>;
    request<T = any>(config: AxiosRequestConfig): Promise<AxiosResponse<T>>;
  }
  interface AxiosStatic extends AxiosInstance {
    <T = any>(config: AxiosRequestConfig): Promise<AxiosResponse<T>>;
    create(config?: AxiosRequestConfig): AxiosInstance;
  }
  const axios: AxiosStatic;
  export default axios;
}
declare module 'got' {
  interface Options { method?: string; json?: unknown; username?: string; password?: string; headers?: Record<string, string>; responseType?: string; retry?: { limit?: number } }
  interface GotPromise<T> extends Promise<{ body: T; statusCode: number }> {
    json<R = unknown>(): Promise<R>;
  }
  interface Got {
    (url: string, options?: Options): GotPromise<string>;
    post<T = unknown>(url: string, options?: Options): GotPromise<T>;
    put<T = unknown>(url: string, options?: Options): GotPromise<T>;
  }
  const got: Got;
  export default got;
}
declare module 'node-fetch' {
  interface Response { ok: boolean; status: number; json(): Promise<any> }
  export default function fetch(url: string | URL, init?: { method?: string; headers?: Record<string, string>; body?: string }): Promise<Response>;
}
declare module 'express' {
  export interface Request { body: any; user?: any; session?: any }
  export interface Response { json(v: unknown): void; redirect(url: string): void; status(n: number): Response }
}
declare module '@nestjs/common' {
  export function Injectable(): ClassDecorator;
}
declare module 'rxjs' {
  export type OperatorFunction<T, R> = (source: Observable<T>) => Observable<R>;
  export interface Observable<T> {
    subscribe(next: (value: T) => void): void;
    pipe<A>(op1: OperatorFunction<T, A>): Observable<A>;
  }
  export function firstValueFrom<T>(source: Observable<T>): Promise<T>;
  export function lastValueFrom<T>(source: Observable<T>): Promise<T>;
  export function map<T, R>(project: (value: T) => R): OperatorFunction<T, R>;
}
declare module '@nestjs/axios' {
  import type { Observable } from 'rxjs';
  import type { AxiosRequestConfig } from 'axios';
  export class HttpService {
    post<T = any>(url: string, data?: unknown, config?: AxiosRequestConfig): Observable<{ data: T; status: number }>;
    put<T = any>(url: string, data?: unknown, config?: AxiosRequestConfig): Observable<{ data: T; status: number }>;
  }
}
`;
