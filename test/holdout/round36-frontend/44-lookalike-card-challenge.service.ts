// Card challenge service of the broker app's top-up flow (Angular 18). When the card issuer asks for 3-D Secure, its
// access control server's challenge runs in the top-up dialog's iframe (top-up-dialog.component.html); this root
// service listens to the challenge's messages outside the Angular zone and republishes each of them on a Subject,
// re-entering the zone only for the issuer's messages. The dialog, the wallet header and the audit trail each derive
// the stream they need from it.
import { DestroyRef, Injectable, NgZone, inject } from '@angular/core';
import { Subject, filter, map } from 'rxjs';

export interface ChallengeMessage {
  transactionReference: string;
  threeDSServerTransID: string;
  payload: { value: 'challenge-shown' | 'authenticated' | 'rejected'; metainfo?: { code: number } };
}

@Injectable({ providedIn: 'root' })
export class CardChallengeService {
  private readonly zone = inject(NgZone);
  private readonly messages = new Subject<ChallengeMessage>();

  readonly shown$ = this.messages.pipe(filter((m) => m.payload.value === 'challenge-shown'));

  readonly authenticated$ = this.messages.pipe(
    filter((m) => m.payload.value === 'authenticated'),
    map((m) => ({ reference: m.transactionReference, serverTransactionId: m.threeDSServerTransID })),
  );

  readonly rejected$ = this.messages.pipe(
    filter((m) => m.payload.value === 'rejected'),
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
    if (!/\.acs\.cardissuer\.example$/.test(new URL(event.origin).hostname)) return;
    const challengeEvent = JSON.parse(event.data) as ChallengeMessage;
    if (typeof challengeEvent.transactionReference !== 'string') return;
    this.zone.run(() => this.messages.next(challengeEvent));
  }
}
