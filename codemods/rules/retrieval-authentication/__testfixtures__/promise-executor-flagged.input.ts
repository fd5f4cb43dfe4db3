// Retrievals in a promise executor whose lookup and token cannot go above the promise: each item says why.
import request from 'request';

const auth = { user: process.env.JUMIO_TOKEN!, pass: process.env.JUMIO_SECRET! };

// The reference is only known inside the executor.
export function latestResult(load: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    const ref = load();
    request.get({ url: `https://lon.netverify.com/api/netverify/v2/authentications/${ref}`, auth, json: true }, (err, _res, body) =>
      err ? reject(err) : resolve(body.userReference));
  });
}

// The promise is not what the function returns.
export function watchResult(ref: string, onDone: (user: string) => void): number {
  const pending = new Promise<string>((resolve, reject) => {
    request.get({ url: `https://lon.netverify.com/api/netverify/v2/authentications/${ref}`, auth, json: true }, (err, _res, body) =>
      err ? reject(err) : resolve(body.userReference));
  });
  pending.then(onDone);
  return 1;
}

// An expression-bodied arrow returns the promise.
export const resultOf = (ref: string): Promise<string> => new Promise((resolve, reject) => {
  request.get({ url: `https://lon.netverify.com/api/netverify/v2/authentications/${ref}`, auth, json: true }, (err, _res, body) =>
    err ? reject(err) : resolve(body.userReference));
});
