// Angular 19: Adyen's 3-D Secure challenge frame, its messages exposed as an output.
import { Component, input } from '@angular/core';
import { outputFromObservable } from '@angular/core/rxjs-interop';
import type { SafeResourceUrl } from '@angular/platform-browser';
import { filter, fromEvent, map } from 'rxjs';

export interface ChallengeResult {
  transactionReference: string;
  payload: { value: 'success' | 'error' };
}

@Component({
  selector: 'app-adyen-challenge',
  standalone: true,
  template: `<iframe [src]="src()" title="Card authentication" allow="payment" width="100%" height="600"></iframe>`,
})
export class AdyenChallengeComponent {
  readonly src = input.required<SafeResourceUrl>();

  readonly challengeResult = outputFromObservable(
    fromEvent<MessageEvent>(window, 'message').pipe(
      filter((e) => e.origin.endsWith('.adyen.com')),
      map((e) => JSON.parse(e.data) as ChallengeResult),
    ),
  );
}
