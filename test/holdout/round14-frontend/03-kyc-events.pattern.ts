// Netverify iFrame events as an observable built with fromEventPattern.
import { fromEventPattern } from 'rxjs';
import { filter, map } from 'rxjs/operators';

const messages$ = fromEventPattern<MessageEvent>(
  (handler) => window.addEventListener('message', handler),
  (handler) => window.removeEventListener('message', handler),
);

export const kycOutcome$ = messages$.pipe(
  filter((e) => e.origin.endsWith('.netverify.com')),
  map((e) => JSON.parse(e.data)),
  filter((data) => data.payload.value === 'success' || data.payload.value === 'error'),
  map((data) => ({ ok: data.payload.value === 'success', reference: data.transactionReference as string })),
);
