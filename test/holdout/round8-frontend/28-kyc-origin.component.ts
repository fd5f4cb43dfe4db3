import { Component, EventEmitter, HostListener, Input, Output } from '@angular/core';
import { environment } from './28-environment.prod';

@Component({
  selector: 'app-kyc-origin',
  template: `<iframe [src]="url | safeResourceUrl" allow="camera;fullscreen" allowfullscreen></iframe>`,
})
export class KycOriginComponent {
  @Input() url = '';
  @Output() verified = new EventEmitter<string>();
  @Output() failed = new EventEmitter<number>();

  @HostListener('window:message', ['$event'])
  onMessage(event: MessageEvent): void {
    if (event.origin !== environment.jumio.webClientOrigin) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') this.verified.emit(data.transactionReference);
    if (data.payload.value === 'error') this.failed.emit(data.payload.metainfo.code);
  }
}
