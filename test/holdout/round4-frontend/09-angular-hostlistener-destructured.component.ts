import { ChangeDetectionStrategy, Component, EventEmitter, HostListener, Input, Output } from '@angular/core';
import { SafeResourceUrl } from '@angular/platform-browser';

type JumioPayload =
  | { value: 'loaded' }
  | { value: 'success' }
  | { value: 'error'; metainfo: { code: number } };

interface JumioMessage {
  transactionReference: string;
  eventType: 510;
  dateTime: string;
  payload: JumioPayload;
}

@Component({
  selector: 'kyc-authentication',
  standalone: true,
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<iframe [src]="url" allow="camera;fullscreen" allowfullscreen class="kyc-frame"></iframe>`,
})
export class KycAuthenticationComponent {
  @Input({ required: true }) url!: SafeResourceUrl;
  @Output() completed = new EventEmitter<{ reference: string }>();
  @Output() failed = new EventEmitter<number>();

  @HostListener('window:message', ['$event'])
  onMessage({ origin, data }: MessageEvent<string>): void {
    if (!/^https:\/\/acme\.netverify\.com$/.test(origin)) return;
    const message: JumioMessage = JSON.parse(data);
    if (message.payload.value === 'success') {
      this.completed.emit({ reference: message.transactionReference });
    } else if (message.payload.value === 'error') {
      this.failed.emit(message.payload.metainfo.code);
    }
  }
}
