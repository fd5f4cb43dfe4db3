import { Component, computed } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { fromEvent } from 'rxjs';
import { filter, map } from 'rxjs/operators';

// The parsed Netverify events held in a private signal: each this.frameEvent() of the class is the event.
@Component({ selector: 'app-kyc-status', standalone: true, template: `<p>{{ reference() }}</p>` })
export class KycStatusComponent {
  private readonly frameEvent = toSignal(
    fromEvent<MessageEvent>(window, 'message').pipe(
      filter((e) => e.origin.endsWith('.netverify.com')),
      map((e) => JSON.parse(e.data)),
    ),
  );

  readonly reference = computed(() => this.frameEvent()?.transactionReference ?? null);
}
