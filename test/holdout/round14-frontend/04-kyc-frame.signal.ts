import { Component, computed, input } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { fromEvent } from 'rxjs';
import { filter, map } from 'rxjs/operators';

interface NetverifyFrameEvent {
  transactionReference: string;
  eventType: number;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
}

@Component({
  selector: 'app-kyc-step',
  standalone: true,
  template: `
    @if (reference()) { <p>Verified: {{ reference() }}</p> }
    <iframe [src]="frameUrl()" allow="camera;fullscreen" allowfullscreen></iframe>
  `,
})
export class KycStepComponent {
  frameUrl = input.required<string>();

  private readonly frameEvent = toSignal(
    fromEvent<MessageEvent>(window, 'message').pipe(
      filter((e) => e.origin.endsWith('.netverify.com')),
      map((e) => JSON.parse(e.data) as NetverifyFrameEvent),
    ),
  );

  readonly reference = computed(() => {
    const ev = this.frameEvent();
    return ev?.payload.value === 'success' ? ev.transactionReference : null;
  });
}
