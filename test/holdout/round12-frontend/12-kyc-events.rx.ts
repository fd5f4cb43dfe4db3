// Shared stream of the Netverify identity frame's events (RxJS 7), consumed by the onboarding store.
import { fromEvent, filter, map, share } from 'rxjs';

export interface NetverifyFrameEvent {
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
}

const frameEvents$ = fromEvent<MessageEvent>(window, 'message').pipe(
  filter((e) => e.origin.endsWith('.netverify.com')),
  map((e) => e.data as string),
  map((raw) => JSON.parse(raw) as NetverifyFrameEvent),
  share(),
);

export const verifiedReference$ = frameEvents$.pipe(
  filter((event) => event.payload.value === 'success'),
  map((event) => event.transactionReference),
);

export const failureCode$ = frameEvents$.pipe(
  filter((event) => event.payload.value === 'error'),
  map((event) => event.payload.metainfo?.code),
);
