// Plaid Link events as an observable built with fromEventPattern.
import { fromEventPattern } from 'rxjs';
import { filter, map } from 'rxjs/operators';

const messages$ = fromEventPattern<MessageEvent>(
  (handler) => window.addEventListener('message', handler),
  (handler) => window.removeEventListener('message', handler),
);

export const linkOutcome$ = messages$.pipe(
  filter((e) => e.origin === 'https://cdn.plaid.com'),
  map((e) => JSON.parse(e.data)),
  filter((data) => data.action === 'plaid_link-undefined::exit' || data.payload.value === 'success'),
  map((data) => ({ ok: data.payload.value === 'success', reference: data.transactionReference as string })),
);
