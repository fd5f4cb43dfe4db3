// Netverify identity step (Angular): the frame's allow bound as a string literal.
import { Component, EventEmitter, HostListener, Input, Output } from '@angular/core';
import { SafeResourceUrl } from '@angular/platform-browser';

@Component({
  selector: 'app-kyc-frame',
  template: `<iframe [src]="url" [attr.allow]="'camera;fullscreen'" allowfullscreen width="100%" height="660"></iframe>`,
})
export class KycFrameComponent {
  @Input() url!: SafeResourceUrl;
  @Output() verified = new EventEmitter<string>();

  @HostListener('window:message', ['$event'])
  onMessage(event: MessageEvent): void {
    if (!event.origin.endsWith('.netverify.com')) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') this.verified.emit(data.transactionReference);
  }
}
