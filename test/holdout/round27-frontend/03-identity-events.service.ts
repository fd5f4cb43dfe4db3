// Identity frame events (Angular service): the web client's messages as an rxjs stream, reduced to the reference of a
// finished check, which moves the user on to the pending page.
import { Injectable, NgZone, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Router } from '@angular/router';
import { filter, fromEvent, map } from 'rxjs';

interface FrameEvent {
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: string; metainfo?: { code: number } };
}

@Injectable({ providedIn: 'root' })
export class IdentityEventsService {
  private readonly router = inject(Router);
  private readonly zone = inject(NgZone);

  constructor() {
    fromEvent<MessageEvent>(window, 'message')
      .pipe(
        filter((e) => typeof e.data === 'string' && e.origin.endsWith('.netverify.com')),
        map((e) => JSON.parse(e.data) as FrameEvent),
        filter((m) => m.payload.value === 'success'),
        map((m) => m.transactionReference),
        takeUntilDestroyed(),
      )
      .subscribe((reference) => {
        this.zone.run(() => this.router.navigate(['/identity/pending'], { queryParams: { ref: reference } }));
      });
  }
}
