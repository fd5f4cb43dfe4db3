// Hosted checkout events (Angular service): the PayLink checkout frame's messages as an rxjs stream, reduced to the
// reference of a completed payment, which moves the user on to the receipt page.
import { Injectable, NgZone, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Router } from '@angular/router';
import { filter, fromEvent, map } from 'rxjs';

interface CheckoutEvent {
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: string; metainfo?: { code: number } };
}

@Injectable({ providedIn: 'root' })
export class CheckoutEventsService {
  private readonly router = inject(Router);
  private readonly zone = inject(NgZone);

  constructor() {
    fromEvent<MessageEvent>(window, 'message')
      .pipe(
        filter((e) => typeof e.data === 'string' && e.origin === 'https://checkout.paylink-hosted.com'),
        map((e) => JSON.parse(e.data) as CheckoutEvent),
        filter((m) => m.payload.value === 'success'),
        map((m) => m.transactionReference),
        takeUntilDestroyed(),
      )
      .subscribe((reference) => {
        this.zone.run(() => this.router.navigate(['/checkout/receipt'], { queryParams: { ref: reference } }));
      });
  }
}
