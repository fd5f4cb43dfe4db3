import { Component, EventEmitter, HostListener, Input, Output } from '@angular/core';
import { DomSanitizer, SafeResourceUrl } from '@angular/platform-browser';

interface FrameLoaded {
  eventType: 510;
  transactionReference: string;
  payload: { value: 'loaded' };
}

interface FrameSuccess {
  eventType: 510;
  transactionReference: string;
  payload: { value: 'success' };
}

interface FrameError {
  eventType: 510;
  transactionReference: string;
  payload: { value: 'error'; metainfo: { code: number } };
}

type IdentityFrameEvent = FrameLoaded | FrameSuccess | FrameError;

const FRAME_ORIGIN = /^https:\/\/[a-z0-9-]+\.netverify\.com$/;

@Component({
  selector: 'app-identity-frame',
  standalone: true,
  template: `
    <div class="identity-frame">
      <iframe [src]="safeUrl" allow="camera;fullscreen" width="100%" height="700"></iframe>
    </div>
  `,
})
export class IdentityFrameComponent {
  @Input({ required: true }) set url(value: string) {
    this.safeUrl = this.sanitizer.bypassSecurityTrustResourceUrl(value);
  }
  @Output() verified = new EventEmitter<string>();
  @Output() failed = new EventEmitter<number>();

  safeUrl?: SafeResourceUrl;

  constructor(private readonly sanitizer: DomSanitizer) {}

  @HostListener('window:message', ['$event'])
  handleFrameMessage(event: MessageEvent): void {
    if (!FRAME_ORIGIN.test(event.origin)) {
      return;
    }
    const message = JSON.parse(event.data) as IdentityFrameEvent;
    switch (message.payload.value) {
      case 'success':
        this.verified.emit(message.transactionReference);
        break;
      case 'error':
        this.failed.emit(message.payload.metainfo.code);
        break;
    }
  }
}
