import { from, map, switchMap, timer } from 'rxjs';

const BASIC = 'Basic ' + Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');

// switchMap's projection returns an Observable: made async, it would hand switchMap a promise of one.
export function decision$(reference) {
  return timer(0, 5000).pipe(
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
    fetch(`https://netverify.com/api/netverify/v2/authentications/${reference}`, { headers: { Authorization: BASIC } })
      .then((res) => res.json())
      .then((details) => cache.set(reference, details.transactionResult));
  }
  return cache.get(reference);
}
