import { Component, DestroyRef, inject, input, output } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { DomSanitizer } from '@angular/platform-browser';
import { fromEvent, filter, map } from 'rxjs';

// Already on KYX: the account API's web.href in a frame, events with workflowExecutionId.
@Component({
  selector: 'app-kyx-frame',
  standalone: true,
  template: `<iframe [src]="safe" width="100%" height="660" allow="camera;fullscreen;accelerometer;gyroscope;magnetometer" allowfullscreen></iframe>`,
})
export class KyxFrameComponent {
  readonly href = input.required<string>();
  readonly verified = output<{ workflowExecutionId: string; accountId: string }>();
  protected safe = inject(DomSanitizer).bypassSecurityTrustResourceUrl('about:blank');

  constructor() {
    fromEvent<MessageEvent>(window, 'message')
      .pipe(
        filter((e) => new URL(e.origin).hostname.endsWith('.jumio.ai')),
        map((e) => JSON.parse(e.data)),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe((evt) => {
        if (evt.payload.value === 'success') {
          this.verified.emit({ workflowExecutionId: evt.workflowExecutionId, accountId: evt.accountId });
        }
      });
  }
}
