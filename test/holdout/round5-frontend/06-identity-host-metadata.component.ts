import { Component, EventEmitter, Input, Output } from '@angular/core';
import { DomSanitizer, SafeResourceUrl } from '@angular/platform-browser';

/** Jumio Netverify authentication step. Listens through host metadata instead of @HostListener. */
@Component({
  selector: 'app-identity-frame',
  standalone: true,
  host: {
    class: 'identity-frame',
    '(window:message)': 'onMessage($event)',
  },
  template: `
    <iframe [src]="safeUrl" allow="camera;fullscreen" allowfullscreen width="100%" height="710"></iframe>
  `,
})
export class IdentityFrameComponent {
  @Output() verified = new EventEmitter<string>();
  @Output() failed = new EventEmitter<number | undefined>();
  safeUrl!: SafeResourceUrl;

  constructor(private sanitizer: DomSanitizer) {}

  @Input() set redirectUrl(url: string) {
    this.safeUrl = this.sanitizer.bypassSecurityTrustResourceUrl(url);
  }

  onMessage(event: MessageEvent): void {
    if (!event.origin.endsWith('netverify.com')) {
      return;
    }
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') this.verified.emit(data.transactionReference);
    if (data.payload.value === 'error') this.failed.emit(data.payload.metainfo?.code);
  }
}
