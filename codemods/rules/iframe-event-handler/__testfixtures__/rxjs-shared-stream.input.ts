import { fromEvent } from 'rxjs';
import { filter, map, shareReplay, tap } from 'rxjs/operators';

interface VerificationEvent {
  transactionReference: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
}

// One parsed stream of the Netverify frame, subscribed twice below.
const frameEvents$ = fromEvent<MessageEvent>(window, 'message').pipe(
  filter((e) => /^https:\/\/[a-z0-9-]+\.netverify\.com$/.test(e.origin)),
  map((e) => JSON.parse(e.data) as VerificationEvent),
  shareReplay(1),
);

frameEvents$
  .pipe(
    tap((ev) => console.debug('frame event', ev.transactionReference)),
    filter((ev) => ev.payload.value === 'success'),
  )
  .subscribe((ev) => localStorage.setItem('kycRef', ev.transactionReference));

frameEvents$.subscribe((ev) => {
  if (ev.payload.value === 'error') alert(`Verification ${ev.transactionReference} failed`);
});
