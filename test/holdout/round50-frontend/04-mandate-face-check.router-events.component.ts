import { ChangeDetectionStrategy, Component, DestroyRef, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { HttpClient } from '@angular/common/http';
import { DomSanitizer, type SafeResourceUrl } from '@angular/platform-browser';
import { NavigationEnd, NavigationStart, Router } from '@angular/router';
import { filter } from 'rxjs';
import { MandatesService } from './mandates.service';

// The mandate page of the broker portal (/mandates/:id, child step /mandates/:id/face-check). Before a mandate is
// signed, the client confirms it is them in the Netverify web client. The frame and its listener exist only while the
// face-check step is the current route: leaving the step detaches the listener, coming back opens a new session.
const WEB_CLIENT_ORIGIN = /^https:\/\/[a-z0-9-]+\.netverify\.com$/;
// After these another attempt will not help: the broker has to see the client in person.
const NO_RETRY_CODES: readonly number[] = [9821, 9836];

interface WebClientMessage {
  authorizationToken: string;
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
}

@Component({
  selector: 'app-mandate-face-check',
  standalone: true,
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @switch (state()) {
      @case ('locked') { <p role="alert">Please meet your broker to sign this mandate (code {{ errorCode() }}).</p> }
      @case ('failed') { <p role="alert">The face check stopped (code {{ errorCode() }}). <button type="button" (click)="openSession()">Try again</button></p> }
    }
    @if (frameUrl(); as url) {
      <iframe [src]="url" class="mandate-face-check__frame" title="Face check before signing" allow="camera; fullscreen" allowfullscreen></iframe>
    }
  `,
})
export class MandateFaceCheckComponent {
  readonly mandateId = input.required<string>();
  readonly frameUrl = signal<SafeResourceUrl | null>(null);
  readonly state = signal<'idle' | 'capturing' | 'failed' | 'locked'>('idle');
  readonly errorCode = signal<number | null>(null);

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
        } else if (e.urlAfterRedirects.endsWith('/face-check')) {
          window.addEventListener('message', this.onFrameMessage);
          this.openSession();
        }
      });
    this.destroyRef.onDestroy(() => window.removeEventListener('message', this.onFrameMessage));
  }

  openSession(): void {
    this.state.set('idle');
    this.http
      .post<{ frameUrl: string }>(`/api/mandates/${this.mandateId()}/face-check`, {})
      .subscribe(({ frameUrl }) => this.frameUrl.set(this.sanitizer.bypassSecurityTrustResourceUrl(frameUrl)));
  }

  private readonly onFrameMessage = (event: MessageEvent<string>): void => {
    if (!WEB_CLIENT_ORIGIN.test(event.origin)) return;
    let message: WebClientMessage;
    try {
      message = JSON.parse(event.data);
    } catch {
      return;
    }
    if (message.payload.value === 'loaded') {
      this.state.set('capturing');
    } else if (message.payload.value === 'success') {
      this.mandates.confirmFaceCheck(this.mandateId(), message.transactionReference).subscribe(() => {
        void this.router.navigate(['/mandates', this.mandateId(), 'sign'], { replaceUrl: true });
      });
    } else if (message.payload.value === 'error') {
      const code = message.payload.metainfo?.code ?? 0;
      this.errorCode.set(code);
      this.state.set(NO_RETRY_CODES.includes(code) ? 'locked' : 'failed');
    }
  };
}
