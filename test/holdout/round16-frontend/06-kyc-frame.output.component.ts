// Angular 19 standalone: the frame's parsed events exposed as an output built from the window's message stream.
import { Component, input } from '@angular/core';
import { outputFromObservable } from '@angular/core/rxjs-interop';
import type { SafeResourceUrl } from '@angular/platform-browser';
import { filter, fromEvent, map } from 'rxjs';

export interface FrameEvent {
  transactionReference: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
}

@Component({
  selector: 'app-kyc-frame',
  standalone: true,
  template: `<iframe [src]="src()" title="Identity verification" allow="camera;fullscreen" allowfullscreen width="100%" height="660"></iframe>`,
})
export class KycFrameComponent {
  readonly src = input.required<SafeResourceUrl>();

  readonly frameEvent = outputFromObservable(
    fromEvent<MessageEvent>(window, 'message').pipe(
      filter((e) => e.origin.endsWith('.netverify.com')),
      map((e) => JSON.parse(e.data) as FrameEvent),
    ),
  );
}
