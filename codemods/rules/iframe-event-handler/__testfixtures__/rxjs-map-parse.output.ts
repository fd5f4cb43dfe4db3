import { fromEvent } from 'rxjs';
import { filter, map, tap } from 'rxjs/operators';

interface VerifyEvent {
  workflowExecutionId: string;
  payload: { value: string };
}

// The origin is checked on the event before a map parses it; the subscriber gets the parsed object.
export const verified$ = fromEvent<MessageEvent>(window, 'message').pipe(
  filter((e) => e.origin.endsWith('.jumio.ai')),
  map((e) => JSON.parse(e.data) as VerifyEvent),
  tap((d) => console.debug('kyc', d.workflowExecutionId)),
  filter((d) => d.payload.value === 'success'),
);

fromEvent<MessageEvent>(window, 'message')
  .pipe(
    filter((e) => e.origin.endsWith('.jumio.ai')),
    map((e) => {
      return JSON.parse(e.data);
    }),
  )
  .subscribe((data) => {
    if (data.payload.value === 'success') sessionStorage.setItem('ref', data.workflowExecutionId);
  });

// A map that hands on something else than the parsed event: not followed.
fromEvent<MessageEvent>(window, 'message')
  .pipe(map((e) => e.origin))
  .subscribe((origin) => console.log(origin.transactionReference));
