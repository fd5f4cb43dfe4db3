// Identity step: the window listener declared in the component's host metadata (no @HostListener).
import { Component, EventEmitter, Input, Output } from '@angular/core';
import { SafeResourceUrl } from '@angular/platform-browser';

@Component({
  selector: 'app-kyc-frame',
  standalone: true,
  host: { '(window:message)': 'onMessage($event)' },
  template: `<iframe [src]="frameUrl" allow="camera;fullscreen" allowfullscreen width="100%" height="660"></iframe>`,
})
export class KycFrameComponent {
  @Input({ required: true }) frameUrl!: SafeResourceUrl;
  @Output() verified = new EventEmitter<string>();
  @Output() failed = new EventEmitter<number | undefined>();

  onMessage(event: MessageEvent): void {
    if (!event.origin.endsWith('.netverify.com')) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') this.verified.emit(data.transactionReference);
    if (data.payload.value === 'error') this.failed.emit(data.payload.metainfo?.code);
  }
}
