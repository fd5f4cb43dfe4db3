import { Component, EventEmitter, HostListener, Input, Output } from '@angular/core';
import { DomSanitizer, SafeResourceUrl } from '@angular/platform-browser';

const JUMIO_FRAME_ORIGIN = /^https:\/\/acme\.netverify\.com$/;

interface NetverifyEvent {
  authorizationToken: string;
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: string; metainfo?: { code: number } };
}

@Component({
  selector: 'app-kyc-frame',
  templateUrl: './07-kyc-frame.component.html',
})
export class KycFrameComponent {
  @Input() set redirectUrl(url: string) {
    this.frameUrl = this.sanitizer.bypassSecurityTrustResourceUrl(url);
  }
  @Output() completed = new EventEmitter<string>();
  @Output() failed = new EventEmitter<number>();

  frameUrl?: SafeResourceUrl;
  loading = true;

  constructor(private readonly sanitizer: DomSanitizer) {}

  @HostListener('window:message', ['$event'])
  onFrameMessage(event: MessageEvent): void {
    if (!this.isJumioOrigin(event.origin)) {
      return;
    }
    const data: NetverifyEvent = typeof event.data === 'string' ? JSON.parse(event.data) : event.data;
    switch (data.payload.value) {
      case 'loaded':
        this.loading = false;
        break;
      case 'success':
        this.completed.emit(data.transactionReference);
        break;
      case 'error':
        this.failed.emit(data.payload.metainfo?.code ?? 0);
        break;
    }
  }

  private isJumioOrigin(origin: string): boolean {
    return JUMIO_FRAME_ORIGIN.test(origin);
  }
}
