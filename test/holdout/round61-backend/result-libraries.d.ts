// Type declarations of the result libraries the TypeScript modules of this corpus import (neverthrow 8, ts-results 3),
// trimmed to the members they use: a stand-in for the packages' own typings, which are not installed here.
declare module 'neverthrow' {
  export class Ok<T, E> {
    readonly value: T;
    constructor(value: T);
    isOk(): this is Ok<T, E>;
    isErr(): this is Err<T, E>;
    map<U>(f: (t: T) => U): Result<U, E>;
    match<A, B = A>(ok: (t: T) => A, err: (e: E) => B): A | B;
  }
  export class Err<T, E> {
    readonly error: E;
    constructor(error: E);
    isOk(): this is Ok<T, E>;
    isErr(): this is Err<T, E>;
    map<U>(f: (t: T) => U): Result<U, E>;
    match<A, B = A>(ok: (t: T) => A, err: (e: E) => B): A | B;
  }
  export type Result<T, E> = Ok<T, E> | Err<T, E>;
  export class ResultAsync<T, E> implements PromiseLike<Result<T, E>> {
    static fromPromise<T, E>(promise: PromiseLike<T>, errorFn: (e: unknown) => E): ResultAsync<T, E>;
    map<U>(f: (t: T) => U | Promise<U>): ResultAsync<U, E>;
    mapErr<F>(f: (e: E) => F | Promise<F>): ResultAsync<T, F>;
    andThen<U, F>(f: (t: T) => Result<U, F> | ResultAsync<U, F>): ResultAsync<U, E | F>;
    match<A, B = A>(ok: (t: T) => A, err: (e: E) => B): Promise<A | B>;
    then<A = Result<T, E>, B = never>(
      onfulfilled?: ((value: Result<T, E>) => A | PromiseLike<A>) | null,
      onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
    ): PromiseLike<A | B>;
  }
}

declare module 'ts-results' {
  export interface Ok<T> {
    readonly ok: true;
    readonly err: false;
    readonly val: T;
    unwrap(): T;
  }
  export interface Err<E> {
    readonly ok: false;
    readonly err: true;
    readonly val: E;
    unwrap(): never;
  }
  export function Ok<T>(val: T): Ok<T>;
  export function Err<E>(val: E): Err<E>;
  export type Result<T, E> = Ok<T> | Err<E>;
}
