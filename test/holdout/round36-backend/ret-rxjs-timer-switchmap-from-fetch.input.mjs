// Self-service kiosk screen (SG data centre): the face login decision as an RxJS stream. A timer polls the retrieval
// every 5 s, switchMap turns each request into an observable (dropping one still in flight), takeWhile completes the
// stream on the first final result (inclusive, so the screen shows it), and a timeout ends a stream that never
// settles. The kiosk's back end awaits the last value.
import { from, lastValueFrom, map, switchMap, takeWhile, timeout, timer } from 'rxjs';

const NETVERIFY_SG = 'https://core-sgp.jumio.com';
const basic = 'Basic ' + Buffer.from(`${process.env.NETVERIFY_TOKEN}:${process.env.NETVERIFY_SECRET}`).toString('base64');
const PENDING = ['CREATED', 'STARTED'];

export function faceLoginDecision$(reference) {
  return timer(0, 5000).pipe(
    switchMap(() =>
      from(
        fetch(`${NETVERIFY_SG}/api/netverify/v2/authentications/${reference}`, {
          headers: { Accept: 'application/json', Authorization: basic, 'User-Agent': 'Tanjong Kiosk/1.3' },
        }).then((res) => {
          if (!res.ok) throw new Error(`face login lookup failed: ${res.status}`);
          return res.json();
        }),
      ),
    ),
    map((details) => ({
      result: details.transactionResult,
      memberId: details.userReference ?? null,
      at: details.transactionDate,
    })),
    takeWhile((decision) => PENDING.includes(decision.result), true),
    timeout({ first: 15_000, each: 60_000 }),
  );
}

export async function finalFaceLoginDecision(reference) {
  const decision = await lastValueFrom(faceLoginDecision$(reference));
  return { ...decision, passed: decision.result === 'PASSED' };
}

export function showFaceLoginDecision(reference, screen) {
  return faceLoginDecision$(reference).subscribe({
    next: (decision) => screen.render(decision),
    error: (err) => screen.fail(err.message),
    complete: () => screen.done(),
  });
}
