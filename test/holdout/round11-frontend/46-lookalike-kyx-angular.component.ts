import { Component, DestroyRef, Renderer2, inject, input, output } from '@angular/core';

// KYX web client (already migrated): web.href in the frame, workflowExecutionId in the events.
@Component({
  selector: 'app-kyx-frame',
  standalone: true,
  template: `
    @if (href(); as url) {
      <iframe [src]="url | safeResourceUrl" allow="camera;fullscreen;accelerometer;gyroscope;magnetometer" allowfullscreen></iframe>
    }
  `,
})
export class KyxFrameComponent {
  readonly href = input<string>();
  readonly done = output<string>();

  constructor() {
    const stop = inject(Renderer2).listen('window', 'message', (event: MessageEvent) => {
      if (!event.origin.endsWith('.jumio.ai')) return;
      const data = JSON.parse(event.data);
      if (data.payload.value === 'success') this.done.emit(data.workflowExecutionId);
    });
    inject(DestroyRef).onDestroy(stop);
  }
}
