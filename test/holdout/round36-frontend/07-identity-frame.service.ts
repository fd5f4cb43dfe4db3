// Identity frame service of the broker onboarding app (Angular 18). The Netverify web client runs in the identity
// step's iframe (identity-step.component.html); this root service listens to its messages outside the Angular zone
// and republishes each of them on a Subject, re-entering the zone only for the messages of the web client. The step,
// the progress header and the audit trail each derive the stream they need from it.
import { DestroyRef, Injectable, NgZone, inject } from '@angular/core';
import { Subject, filter, map } from 'rxjs';

export interface WebClientMessage {
  authorizationToken: string;
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
}

@Injectable({ providedIn: 'root' })
export class IdentityFrameService {
  private readonly zone = inject(NgZone);
  private readonly messages = new Subject<WebClientMessage>();

  readonly loaded$ = this.messages.pipe(filter((m) => m.payload.value === 'loaded'));

  readonly submitted$ = this.messages.pipe(
    filter((m) => m.payload.value === 'success'),
    map((m) => ({ reference: m.transactionReference, at: m.dateTime })),
  );

  readonly failed$ = this.messages.pipe(
    filter((m) => m.payload.value === 'error'),
    map((m) => ({ reference: m.transactionReference, code: m.payload.metainfo?.code ?? null })),
  );

  constructor() {
    const listener = (event: MessageEvent) => this.onMessage(event);
    this.zone.runOutsideAngular(() => window.addEventListener('message', listener));
    inject(DestroyRef).onDestroy(() => {
      window.removeEventListener('message', listener);
      this.messages.complete();
    });
  }

  private onMessage(event: MessageEvent): void {
    if (!/\.netverify\.com$/.test(new URL(event.origin).hostname)) return;
    const frameEvent = JSON.parse(event.data) as WebClientMessage;
    if (typeof frameEvent.transactionReference !== 'string') return;
    this.zone.run(() => this.messages.next(frameEvent));
  }
}
