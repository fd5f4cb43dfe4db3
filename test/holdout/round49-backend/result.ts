// The Result type of Merlion Trust's repositories (a stand-in for the customer's own module; never an input): a
// repository answers with a Result instead of throwing for outcomes the caller has to decide about.
export class Result<T, E> {
  private constructor(
    readonly ok: boolean,
    private readonly okValue: T | undefined,
    private readonly failure: E | undefined,
  ) {
    Object.freeze(this);
  }

  static ok<T, E = never>(value: T): Result<T, E> {
    return new Result<T, E>(true, value, undefined);
  }

  static fail<T = never, E = unknown>(error: E): Result<T, E> {
    return new Result<T, E>(false, undefined, error);
  }

  get value(): T {
    if (!this.ok) throw new Error('no value in a failed Result');
    return this.okValue as T;
  }

  get error(): E {
    if (this.ok) throw new Error('no error in a successful Result');
    return this.failure as E;
  }

  map<U>(fn: (value: T) => U): Result<U, E> {
    return this.ok ? Result.ok<U, E>(fn(this.okValue as T)) : Result.fail<U, E>(this.failure as E);
  }
}
