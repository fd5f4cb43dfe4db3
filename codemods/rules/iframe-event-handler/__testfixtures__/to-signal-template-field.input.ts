import { Component } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { fromEvent } from 'rxjs';
import { filter, map } from 'rxjs/operators';

// The parsed Netverify events in a signal the template reads: the template is not followed, so the hand-off is flagged.
@Component({ selector: 'app-kyc-status', standalone: true, template: `<p>{{ frameEvent()?.transactionReference }}</p>` })
export class KycStatusComponent {
  readonly frameEvent = toSignal(
    fromEvent<MessageEvent>(window, 'message').pipe(
      filter((e) => e.origin.endsWith('.netverify.com')),
      map((e) => JSON.parse(e.data)),
    ),
  );
}
