import { Injectable } from '@angular/core';
import { fromEvent, type Observable } from 'rxjs';
import { filter, map, share } from 'rxjs/operators';

export interface NetverifyFrameEvent {
  authorizationToken: string;
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
}

/** The identity frame's outcome, shared by the identity step and the onboarding progress bar. */
@Injectable({ providedIn: 'root' })
export class IdentityEventsService {
  private readonly events$: Observable<NetverifyFrameEvent> = fromEvent<MessageEvent>(window, 'message').pipe(
    filter((event) => new URL(event.origin).hostname.endsWith('.netverify.com')),
    filter((event) => typeof event.data === 'string'),
    map((event) => JSON.parse(event.data) as NetverifyFrameEvent),
    share(),
  );

  readonly verifiedReference$: Observable<string> = this.events$.pipe(
    filter((event) => event.payload.value === 'success'),
    map((event) => event.transactionReference),
  );

  readonly failureCode$: Observable<number | undefined> = this.events$.pipe(
    filter((event) => event.payload.value === 'error'),
    map((event) => event.payload.metainfo?.code),
  );
}
