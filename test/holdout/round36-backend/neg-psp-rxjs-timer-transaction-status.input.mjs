// Self-service kiosk screen, card payments: the payment's outcome as an RxJS stream. A timer polls the payment
// gateway's transaction status every 5 s, switchMap turns each request into an observable (dropping one still in
// flight), takeWhile completes the stream on the first final result (inclusive, so the screen shows it), and a
// timeout ends a stream that never settles. The kiosk's back end awaits the last value.
import { from, lastValueFrom, map, switchMap, takeWhile, timeout, timer } from 'rxjs';

const TILLPOINT_API = 'https://api.tillpoint-payments.example';
const basic = 'Basic ' + Buffer.from(`${process.env.TILLPOINT_MERCHANT_ID}:${process.env.TILLPOINT_API_KEY}`).toString('base64');
const PENDING = ['CREATED', 'STARTED', 'AUTHORISING'];

export function paymentOutcome$(transactionReference) {
  return timer(0, 5000).pipe(
    switchMap(() =>
      from(
        fetch(`${TILLPOINT_API}/api/v2/transactions/${transactionReference}`, {
          headers: { Accept: 'application/json', Authorization: basic, 'User-Agent': 'Tanjong Kiosk/1.3' },
        }).then((res) => {
          if (!res.ok) throw new Error(`payment lookup failed: ${res.status}`);
          return res.json();
        }),
      ),
    ),
    map((transaction) => ({
      result: transaction.transactionResult,
      reference: transaction.transactionReference,
      at: transaction.transactionDate,
    })),
    takeWhile((outcome) => PENDING.includes(outcome.result), true),
    timeout({ first: 15_000, each: 60_000 }),
  );
}

export async function finalPaymentOutcome(transactionReference) {
  const outcome = await lastValueFrom(paymentOutcome$(transactionReference));
  return { ...outcome, paid: outcome.result === 'PASSED' };
}

export function showPaymentOutcome(transactionReference, screen) {
  return paymentOutcome$(transactionReference).subscribe({
    next: (outcome) => screen.render(outcome),
    error: (err) => screen.fail(err.message),
    complete: () => screen.done(),
  });
}
