import {
  ChangeDetectionStrategy,
  Component,
  EventEmitter,
  HostListener,
  Input,
  OnChanges,
  Output,
  inject,
} from '@angular/core';
import { DomSanitizer, type SafeResourceUrl } from '@angular/platform-browser';
import { IDENTITY_FRAME_ORIGINS, isTrustedFrameUrl, UntrustedFrameUrlError } from './05-frame-security';

/** What the Netverify web client posts to this window (a JSON string). */
interface NetverifyFrameEvent {
  authorizationToken: string;
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
}

@Component({
  selector: 'app-identity-frame',
  standalone: true,
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (safeUrl) {
      <iframe
        class="identity-frame"
        [src]="safeUrl"
        title="Identity check"
        allow="camera;fullscreen"
        allowfullscreen
        sandbox="allow-scripts allow-same-origin allow-forms"
      ></iframe>
    }
  `,
  styles: [':host { display: block; } .identity-frame { width: 100%; height: 660px; border: 0; }'],
})
export class IdentityFrameComponent implements OnChanges {
  @Input({ required: true }) sessionUrl!: string;
  @Output() verified = new EventEmitter<string>();
  @Output() failed = new EventEmitter<number | undefined>();

  safeUrl: SafeResourceUrl | null = null;

  private readonly sanitizer = inject(DomSanitizer);

  ngOnChanges(): void {
    if (!isTrustedFrameUrl(this.sessionUrl)) {
      throw new UntrustedFrameUrlError(this.sessionUrl);
    }
    // Safe to bypass: the URL's origin was checked against the allow-list just above.
    this.safeUrl = this.sanitizer.bypassSecurityTrustResourceUrl(this.sessionUrl);
  }

  @HostListener('window:message', ['$event'])
  onWindowMessage(event: MessageEvent): void {
    if (!IDENTITY_FRAME_ORIGINS.includes(event.origin)) return;
    let data: NetverifyFrameEvent;
    try {
      data = JSON.parse(event.data);
    } catch {
      return;
    }
    if (data.payload.value === 'success') {
      this.verified.emit(data.transactionReference);
    } else if (data.payload.value === 'error') {
      this.failed.emit(data.payload.metainfo?.code);
    }
  }
}
