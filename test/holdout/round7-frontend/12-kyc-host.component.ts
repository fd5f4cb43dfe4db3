import { Component, EventEmitter, HostListener, Input, Output } from '@angular/core';
import { DomSanitizer, SafeResourceUrl } from '@angular/platform-browser';

@Component({
  selector: 'app-kyc-host',
  template: `<iframe [src]="safeUrl" allow="camera;fullscreen" allowfullscreen width="640" height="660"></iframe>`,
})
export class KycHostComponent {
  @Input() set redirectUrl(url: string) {
    this.safeUrl = this.sanitizer.bypassSecurityTrustResourceUrl(url);
  }
  @Output() verified = new EventEmitter<string>();
  safeUrl?: SafeResourceUrl;

  constructor(private sanitizer: DomSanitizer) {}

  @HostListener('window:message', ['$event.origin', '$event.data'])
  onMessage(origin: string, raw: string): void {
    if (!origin.endsWith('.netverify.com')) return;
    const data = JSON.parse(raw);
    if (data.payload.value === 'success') this.verified.emit(data.transactionReference);
  }
}
