import { Injectable, NgZone, OnDestroy } from '@angular/core';
import { Subject } from 'rxjs';

// The checkout micro-frontend (same origin, its own iframe) posts order events to the shell.
export interface CheckoutMessage {
  type: 'order';
  transactionReference: string;
  amount: number;
  payload: { value: 'confirmed' | 'cancelled' };
}

@Injectable({ providedIn: 'root' })
export class CheckoutBusService implements OnDestroy {
  readonly orders$ = new Subject<{ reference: string; amount: number }>();

  private readonly onMessage = (event: MessageEvent): void => {
    if (event.origin !== window.location.origin || typeof event.data !== 'string') return;
    const message = JSON.parse(event.data) as CheckoutMessage;
    if (message.type !== 'order' || message.payload.value !== 'confirmed') return;
    this.zone.run(() => this.orders$.next({ reference: message.transactionReference, amount: message.amount }));
  };

  constructor(private readonly zone: NgZone) {
    this.zone.runOutsideAngular(() => window.addEventListener('message', this.onMessage));
  }

  ngOnDestroy(): void {
    window.removeEventListener('message', this.onMessage);
    this.orders$.complete();
  }
}
