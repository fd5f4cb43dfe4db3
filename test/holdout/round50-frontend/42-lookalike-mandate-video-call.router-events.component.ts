import { ChangeDetectionStrategy, Component, DestroyRef, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { HttpClient } from '@angular/common/http';
import { DomSanitizer, type SafeResourceUrl } from '@angular/platform-browser';
import { NavigationEnd, NavigationStart, Router } from '@angular/router';
import { filter } from 'rxjs';
import { MandatesService } from './mandates.service';

// The mandate page of the broker portal (/mandates/:id, child step /mandates/:id/video-call). Before a mandate is
// signed, the client meets a Vidara agent in a video identification call. The frame and its listener exist only while
// the video-call step is the current route: leaving the step detaches the listener, coming back opens a new room.
const VIDEO_CALL_ORIGIN = /^https:\/\/[a-z0-9-]+\.vidara\.example$/;
// After these another call will not help: the broker has to see the client in person.
const NO_RETRY_REASONS: readonly string[] = ['document_not_accepted', 'fraud_suspected'];

interface VideoCallMessage {
  type: 'vidara:state';
  sessionId: string;
  status: 'waiting' | 'in_call' | 'completed' | 'aborted';
  reason?: string;
}

@Component({
  selector: 'app-mandate-video-call',
  standalone: true,
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @switch (state()) {
      @case ('locked') { <p role="alert">Please meet your broker to sign this mandate ({{ errorCode() }}).</p> }
      @case ('failed') { <p role="alert">The video call ended ({{ errorCode() }}). <button type="button" (click)="openSession()">Try again</button></p> }
    }
    @if (frameUrl(); as url) {
      <iframe [src]="url" class="mandate-video-call__frame" title="Video call before signing" allow="camera; microphone; fullscreen; display-capture" allowfullscreen></iframe>
    }
  `,
})
export class MandateVideoCallComponent {
  readonly mandateId = input.required<string>();
  readonly frameUrl = signal<SafeResourceUrl | null>(null);
  readonly state = signal<'idle' | 'in-call' | 'failed' | 'locked'>('idle');
  readonly errorCode = signal<string | null>(null);

  private readonly router = inject(Router);
  private readonly http = inject(HttpClient);
  private readonly sanitizer = inject(DomSanitizer);
  private readonly mandates = inject(MandatesService);
  private readonly destroyRef = inject(DestroyRef);

  constructor() {
    this.router.events
      .pipe(
        filter((e): e is NavigationStart | NavigationEnd => e instanceof NavigationStart || e instanceof NavigationEnd),
        takeUntilDestroyed(),
      )
      .subscribe((e) => {
        if (e instanceof NavigationStart) {
          window.removeEventListener('message', this.onFrameMessage);
          this.frameUrl.set(null);
        } else if (e.urlAfterRedirects.endsWith('/video-call')) {
          window.addEventListener('message', this.onFrameMessage);
          this.openSession();
        }
      });
    this.destroyRef.onDestroy(() => window.removeEventListener('message', this.onFrameMessage));
  }

  openSession(): void {
    this.state.set('idle');
    this.http
      .post<{ roomUrl: string }>(`/api/mandates/${this.mandateId()}/video-call`, {})
      .subscribe(({ roomUrl }) => this.frameUrl.set(this.sanitizer.bypassSecurityTrustResourceUrl(roomUrl)));
  }

  private readonly onFrameMessage = (event: MessageEvent<string>): void => {
    if (!VIDEO_CALL_ORIGIN.test(event.origin)) return;
    let message: VideoCallMessage;
    try {
      message = JSON.parse(event.data);
    } catch {
      return;
    }
    if (message.type !== 'vidara:state') return;
    if (message.status === 'in_call') {
      this.state.set('in-call');
    } else if (message.status === 'completed') {
      this.mandates.confirmVideoCall(this.mandateId(), message.sessionId).subscribe(() => {
        void this.router.navigate(['/mandates', this.mandateId(), 'sign'], { replaceUrl: true });
      });
    } else if (message.status === 'aborted') {
      const reason = message.reason ?? 'unknown';
      this.errorCode.set(reason);
      this.state.set(NO_RETRY_REASONS.includes(reason) ? 'locked' : 'failed');
    }
  };
}
