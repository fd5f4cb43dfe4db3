import { Injectable, NgZone, OnDestroy } from '@angular/core';
import { Subject } from 'rxjs';

export interface NetverifyMessage {
  authorizationToken: string;
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
}

export interface IdentityOutcome {
  verified: boolean;
  reference: string;
  errorCode?: number;
}

/** Listens to the identity frame outside Angular (it posts on every step) and re-enters the zone for the outcome. */
@Injectable({ providedIn: 'root' })
export class IdentityEventsService implements OnDestroy {
  readonly outcome$ = new Subject<IdentityOutcome>();

  private readonly onMessage = (event: MessageEvent): void => {
    if (!event.origin.endsWith('.netverify.com') || typeof event.data !== 'string') return;
    const message = JSON.parse(event.data) as NetverifyMessage;
    if (message.payload.value === 'loaded') return;
    this.zone.run(() =>
      this.outcome$.next({
        verified: message.payload.value === 'success',
        reference: message.transactionReference,
        errorCode: message.payload.metainfo?.code,
      }),
    );
  };

  constructor(private readonly zone: NgZone) {
    this.zone.runOutsideAngular(() => window.addEventListener('message', this.onMessage));
  }

  ngOnDestroy(): void {
    window.removeEventListener('message', this.onMessage);
    this.outcome$.complete();
  }
}
