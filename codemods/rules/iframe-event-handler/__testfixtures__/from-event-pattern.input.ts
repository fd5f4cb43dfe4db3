// rxjs fromEventPattern whose add handler listens on the window: the Netverify frame's events, kept in a variable
// and piped once.
import { fromEventPattern } from 'rxjs';
import { filter, map } from 'rxjs/operators';

const messages$ = fromEventPattern<MessageEvent>(
  (handler) => window.addEventListener('message', handler),
  (handler) => window.removeEventListener('message', handler),
);

export const kycReference$ = messages$.pipe(
  filter((e) => e.origin.endsWith('.netverify.com')),
  map((e) => JSON.parse(e.data)),
  filter((data) => data.payload.value === 'success'),
  map((data) => data.transactionReference as string),
);
