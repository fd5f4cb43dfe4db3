// Retrievals in a promise executor whose lookup and token cannot go above the promise: each item says why.
import request from 'request';

const auth = { user: process.env.JUMIO_TOKEN!, pass: process.env.JUMIO_SECRET! };

// The reference is only known inside the executor.
export function latestResult(load: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    const ref = load();
    // TODO(netverify-migrate): retrieval-authentication: legacy retrieval inside a new Promise() executor: the KYX call needs the account id and a bearer token first, and they cannot be awaited in the executor (an async executor that throws never settles its promise) nor above the promise: the reference (ref) is computed inside the executor; compute it before new Promise(…) and run the codemod again; or migrate by hand to GET retrieval.<region>.jumio.ai/api/v1/accounts/{accountId}/workflow-executions/{workflowExecutionId} with a Bearer token
    request.get({ url: `https://lon.netverify.com/api/netverify/v2/authentications/${ref}`, auth, json: true }, (err, _res, body) =>
      err ? reject(err) : resolve(body.userReference));
  });
}

// The promise is not what the function returns.
export function watchResult(ref: string, onDone: (user: string) => void): number {
  const pending = new Promise<string>((resolve, reject) => {
    // TODO(netverify-migrate): retrieval-authentication: legacy retrieval inside a new Promise() executor: the KYX call needs the account id and a bearer token first, and they cannot be awaited in the executor (an async executor that throws never settles its promise) nor above the promise: the function around it does not return the promise, so making it async (to await the lookup and token) would change what it returns; or migrate by hand to GET retrieval.<region>.jumio.ai/api/v1/accounts/{accountId}/workflow-executions/{workflowExecutionId} with a Bearer token
    request.get({ url: `https://lon.netverify.com/api/netverify/v2/authentications/${ref}`, auth, json: true }, (err, _res, body) =>
      err ? reject(err) : resolve(body.userReference));
  });
  pending.then(onDone);
  return 1;
}

// An expression-bodied arrow returns the promise.
export const resultOf = (ref: string): Promise<string> => new Promise((resolve, reject) => {
  // TODO(netverify-migrate): retrieval-authentication: legacy retrieval inside a new Promise() executor: the KYX call needs the account id and a bearer token first, and they cannot be awaited in the executor (an async executor that throws never settles its promise) nor above the promise: the function around it is an expression-bodied arrow (=> new Promise(…)); give it a block body with return new Promise(…) and run the codemod again; or migrate by hand to GET retrieval.<region>.jumio.ai/api/v1/accounts/{accountId}/workflow-executions/{workflowExecutionId} with a Bearer token
  request.get({ url: `https://lon.netverify.com/api/netverify/v2/authentications/${ref}`, auth, json: true }, (err, _res, body) =>
    err ? reject(err) : resolve(body.userReference));
});
