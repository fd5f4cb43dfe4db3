import {
  ChangeDetectionStrategy,
  Component,
  EventEmitter,
  HostListener,
  Input,
  Output,
  inject,
  signal,
} from '@angular/core';
import { DomSanitizer, type SafeResourceUrl } from '@angular/platform-browser';
import { APP_CONFIG } from '../core/app-config';

// Runtime configuration: main.ts fetches /assets/config.json before it bootstraps the app and provides it as
// APP_CONFIG, so one build runs in every environment (operations swap config.json per deployment).
// identity.frameOrigin is the origin the Netverify web client posts its events from: our white-label host.

/** What the web client posts to this window (a JSON string). */
interface IdentityFrameEvent {
  authorizationToken: string;
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
}

type FrameState = 'loading' | 'capturing' | 'done' | 'failed';

@Component({
  selector: 'app-identity-frame',
  standalone: true,
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (state() === 'failed') {
      <p class="identity-frame__error" role="alert">
        The check did not finish (code {{ errorCode() ?? 'unknown' }}).
        @if (attempt < config.identity.retryLimit) {
          <button type="button" (click)="restart.emit()">Try again</button>
        }
      </p>
    }
    @if (safeUrl) {
      <iframe
        class="identity-frame__frame"
        [src]="safeUrl"
        [style.height.px]="config.identity.frameHeight"
        title="Identity check"
        allow="camera;fullscreen"
      ></iframe>
    }
  `,
  styles: [':host { display: block; } .identity-frame__frame { width: 100%; border: 0; }'],
})
export class IdentityFrameComponent {
  @Input() attempt = 0;
  @Output() verified = new EventEmitter<string>();
  @Output() restart = new EventEmitter<void>();

  readonly config = inject(APP_CONFIG);
  readonly state = signal<FrameState>('loading');
  readonly errorCode = signal<number | null>(null);
  safeUrl: SafeResourceUrl | null = null;

  private readonly sanitizer = inject(DomSanitizer);

  @Input({ required: true })
  set sessionUrl(url: string) {
    // The URL comes from our own API (POST config.identity.sessionEndpoint), never from user input.
    this.safeUrl = this.sanitizer.bypassSecurityTrustResourceUrl(url);
    this.state.set('loading');
  }

  @HostListener('window:message', ['$event'])
  onWindowMessage(event: MessageEvent<string>): void {
    if (event.origin !== this.config.identity.frameOrigin) return;
    let data: IdentityFrameEvent;
    try {
      data = JSON.parse(event.data);
    } catch {
      return;
    }
    if (data.payload.value === 'loaded') {
      this.state.set('capturing');
    } else if (data.payload.value === 'success') {
      this.state.set('done');
      this.verified.emit(data.transactionReference);
    } else if (data.payload.value === 'error') {
      this.state.set('failed');
      this.errorCode.set(data.payload.metainfo?.code ?? null);
    }
  }
}
