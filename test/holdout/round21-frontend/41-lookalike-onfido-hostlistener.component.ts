import { Component, EventEmitter, HostListener, Input, Output } from '@angular/core';
import { DomSanitizer, SafeResourceUrl } from '@angular/platform-browser';

interface StudioLoaded {
  transactionReference: string;
  payload: { value: 'loaded' };
}

interface StudioComplete {
  transactionReference: string;
  payload: { value: 'success' };
}

type OnfidoStudioEvent = StudioLoaded | StudioComplete;

const ONFIDO_ORIGIN = /^https:\/\/[a-z0-9-]+\.onfido\.com$/;

@Component({
  selector: 'app-onfido-frame',
  standalone: true,
  template: `<iframe [src]="safeUrl" allow="camera;fullscreen" width="100%" height="700"></iframe>`,
})
export class OnfidoFrameComponent {
  @Input({ required: true }) set url(value: string) {
    this.safeUrl = this.sanitizer.bypassSecurityTrustResourceUrl(value);
  }
  @Output() completed = new EventEmitter<string>();

  safeUrl?: SafeResourceUrl;

  constructor(private readonly sanitizer: DomSanitizer) {}

  @HostListener('window:message', ['$event'])
  handleStudioMessage(event: MessageEvent): void {
    if (!ONFIDO_ORIGIN.test(event.origin)) {
      return;
    }
    const message = JSON.parse(event.data) as OnfidoStudioEvent;
    if (message.payload.value === 'success') {
      this.completed.emit(message.transactionReference);
    }
  }
}
