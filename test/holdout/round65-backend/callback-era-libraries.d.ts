// Type declarations of the libraries the TypeScript modules of this corpus import that are not typed here (Bluebird
// 3, whose typings are not installed; superagent 10, installed without its @types package), trimmed to the members
// they use: a stand-in for the packages' own typings, so that the type check follows the answer through them.
declare module 'bluebird' {
  class Bluebird<R> implements PromiseLike<R> {
    then<A = R, B = never>(
      onfulfilled?: ((value: R) => A | PromiseLike<A>) | null,
      onrejected?: ((reason: any) => B | PromiseLike<B>) | null,
    ): Bluebird<A | B>;
    catch<B = never>(onrejected: (reason: any) => B | PromiseLike<B>): Bluebird<R | B>;
    tap(effect: (value: R) => unknown): Bluebird<R>;
    timeout(ms: number, message?: string | Error): Bluebird<R>;
    asCallback(callback: (err: any, value?: R) => void): this;
    static resolve<R>(value: R | PromiseLike<R>): Bluebird<R>;
    static map<T, U>(
      values: Iterable<T> | PromiseLike<Iterable<T>>,
      mapper: (item: T, index: number, length: number) => U | PromiseLike<U>,
      options?: { concurrency?: number },
    ): Bluebird<U[]>;
  }
  export default Bluebird;
}

declare module 'superagent' {
  interface Response {
    status: number;
    body: any;
  }
  interface Request extends PromiseLike<Response> {
    auth(user: string, password: string): Request;
    set(field: string, value: string): Request;
    send(data: object | string): Request;
    end(callback: (err: any, res: Response) => void): void;
  }
  interface SuperAgentStatic {
    get(url: string): Request;
    post(url: string): Request;
    put(url: string): Request;
  }
  const superagent: SuperAgentStatic;
  export default superagent;
}
