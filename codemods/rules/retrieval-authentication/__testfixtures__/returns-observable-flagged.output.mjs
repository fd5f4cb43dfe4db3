import { from, map, switchMap, timer } from 'rxjs';

const BASIC = 'Basic ' + Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');

// switchMap's projection returns an Observable: made async, it would hand switchMap a promise of one.
export function decision$(reference) {
  return timer(0, 5000).pipe(
    // TODO(netverify-migrate): retrieval-authentication: legacy retrieval: the enclosing function returns from(…), not a promise: made async to await the KYX token, its callers would get a promise of it instead; migrate this flow to async/await by hand
    switchMap(() => from(fetch(`https://netverify.com/api/netverify/v2/authentications/${reference}`, {
      headers: { Accept: 'application/json', Authorization: BASIC },
    }).then((res) => res.json()))),
    map((details) => details.transactionResult),
  );
}

// Returns its cache entry synchronously: made async, callers would get a promise instead.
const cache = new Map();
export function cachedDecision(reference) {
  if (!cache.has(reference)) {
    // TODO(netverify-migrate): retrieval-authentication: legacy retrieval outside an async function: the KYX call needs a bearer token and the account id first; migrate by hand to GET retrieval.<region>.jumio.ai/api/v1/accounts/{accountId}/workflow-executions/{workflowExecutionId} with a Bearer token
    fetch(`https://netverify.com/api/netverify/v2/authentications/${reference}`, { headers: { Authorization: BASIC } })
      .then((res) => res.json())
      .then((details) => cache.set(reference, details.transactionResult));
  }
  return cache.get(reference);
}
