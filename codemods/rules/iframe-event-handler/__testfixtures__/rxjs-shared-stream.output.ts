import { fromEvent } from 'rxjs';
import { filter, map, shareReplay, tap } from 'rxjs/operators';

interface VerificationEvent {
  workflowExecutionId: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
}

// One parsed stream of the Netverify frame, subscribed twice below.
const frameEvents$ = fromEvent<MessageEvent>(window, 'message').pipe(
  filter((e) => /^https:\/\/[a-z0-9-]+\.web\.(?:amer-1|emea-1|apac-1)\.jumio\.ai$/.test(e.origin)),
  map((e) => JSON.parse(e.data) as VerificationEvent),
  shareReplay(1),
);

frameEvents$
  .pipe(
    tap((ev) => console.debug('frame event', ev.workflowExecutionId)),
    filter((ev) => ev.payload.value === 'success'),
  )
  .subscribe((ev) => localStorage.setItem('kycRef', ev.workflowExecutionId));

frameEvents$.subscribe((ev) => {
  if (ev.payload.value === 'error') alert(`Verification ${ev.workflowExecutionId} failed`);
});
