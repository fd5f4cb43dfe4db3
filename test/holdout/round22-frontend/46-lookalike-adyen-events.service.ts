import { Injectable } from '@angular/core';
import { fromEvent, type Observable } from 'rxjs';
import { filter, map, share } from 'rxjs/operators';

export interface AdyenFrameEvent {
  authorizationToken: string;
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
}

/** The Adyen card frame's outcome, shared by the checkout step and the order summary. */
@Injectable({ providedIn: 'root' })
export class CheckoutEventsService {
  private readonly events$: Observable<AdyenFrameEvent> = fromEvent<MessageEvent>(window, 'message').pipe(
    filter((event) => new URL(event.origin).hostname.endsWith('.adyen.com')),
    filter((event) => typeof event.data === 'string'),
    map((event) => JSON.parse(event.data) as AdyenFrameEvent),
    share(),
  );

  readonly paidReference$: Observable<string> = this.events$.pipe(
    filter((event) => event.payload.value === 'success'),
    map((event) => event.transactionReference),
  );

  readonly failureCode$: Observable<number | undefined> = this.events$.pipe(
    filter((event) => event.payload.value === 'error'),
    map((event) => event.payload.metainfo?.code),
  );
}
