import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  EventEmitter,
  HostListener,
  Input,
  Output,
  inject,
} from '@angular/core';
import { DomSanitizer, SafeResourceUrl } from '@angular/platform-browser';
import {
  IDENTITY_FRAME_ORIGIN,
  isRetryable,
  toIdentityOutcome,
  type IdentityFrameEvent,
  type IdentityOutcome,
} from './03-identity.index';

/**
 * The identity-check frame of the onboarding flow. The parent step starts the session and passes the web-client
 * URL in; this component shows the frame and reports what the web client posts back.
 */
@Component({
  selector: 'kb-identity-frame',
  standalone: true,
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="identity-frame" [class.identity-frame--ready]="ready">
      @if (!ready) {
        <p class="identity-frame__hint">Loading the secure identity check…</p>
      }
      <iframe
        class="identity-frame__frame"
        [src]="safeUrl"
        title="Identity check"
        allow="camera;fullscreen"
        allowfullscreen
      ></iframe>
      @if (retryable) {
        <button type="button" class="kb-button" (click)="retry.emit()">Start again</button>
      }
    </div>
  `,
})
export class IdentityFrameComponent {
  private readonly sanitizer = inject(DomSanitizer);
  private readonly changes = inject(ChangeDetectorRef);

  safeUrl: SafeResourceUrl | null = null;
  ready = false;
  retryable = false;

  @Input({ required: true })
  set frameUrl(url: string) {
    this.safeUrl = this.sanitizer.bypassSecurityTrustResourceUrl(url);
    this.ready = false;
    this.retryable = false;
  }

  @Output() readonly completed = new EventEmitter<IdentityOutcome>();
  @Output() readonly retry = new EventEmitter<void>();

  @HostListener('window:message', ['$event'])
  onWindowMessage(event: MessageEvent): void {
    if (event.origin !== IDENTITY_FRAME_ORIGIN) return;

    const message = JSON.parse(event.data) as IdentityFrameEvent;
    if (message.payload.value === 'loaded') {
      this.ready = true;
      this.changes.markForCheck();
      return;
    }

    const outcome = toIdentityOutcome(message);
    this.retryable = !outcome.verified && isRetryable(outcome.errorCode);
    this.completed.emit(outcome);
    this.changes.markForCheck();
  }
}
