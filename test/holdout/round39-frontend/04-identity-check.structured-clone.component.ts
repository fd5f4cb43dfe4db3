// Identity check of the business-loan application (Angular 18, standalone, OnPush). The application shell passes the
// sanitized Netverify URL its API returned; the step reports the end of the attempt to the shell, which decides what
// an error means for the loan.
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  OnInit,
  Renderer2,
  inject,
  input,
  isDevMode,
  output,
  signal,
} from '@angular/core';
import { SafeResourceUrl } from '@angular/platform-browser';

/** What the web client posts to the embedding page, as a JSON string. */
interface WebClientEvent {
  authorizationToken: string;
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code?: number } };
}

export interface IdentityCheckResult {
  reference: string;
  ok: boolean;
  code: number | null;
  at: string;
}

@Component({
  selector: 'app-identity-check',
  standalone: true,
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="identity-check">
      @if (loading()) {
        <p class="identity-check__loading">Loading the identity check…</p>
      }
      <iframe class="identity-check__frame" title="Identity verification" [src]="frameUrl()" width="100%" height="680" allow="camera;fullscreen"></iframe>
    </section>
  `,
})
export class IdentityCheckComponent implements OnInit {
  readonly frameUrl = input.required<SafeResourceUrl>();
  readonly finished = output<IdentityCheckResult>();
  readonly loading = signal(true);

  private readonly renderer = inject(Renderer2);
  private readonly destroyRef = inject(DestroyRef);

  ngOnInit(): void {
    const unlisten = this.renderer.listen('window', 'message', (event: MessageEvent) => this.onFrameMessage(event));
    this.destroyRef.onDestroy(unlisten);
  }

  private onFrameMessage(event: MessageEvent): void {
    if (!event.origin.endsWith('.netverify.com')) return;
    let parsed: WebClientEvent;
    try {
      parsed = JSON.parse(event.data);
    } catch {
      return;
    }
    if (isDevMode()) console.debug('[identity-check] web client event', parsed);

    // Normalise our own copy: the dev-mode log above has to show exactly what the web client sent.
    const frameEvent = structuredClone(parsed);
    frameEvent.payload.metainfo ??= {};

    switch (frameEvent.payload.value) {
      case 'loaded':
        this.loading.set(false);
        break;
      case 'success':
      case 'error':
        // Both end the attempt; the shell decides what an error means for the application.
        this.finished.emit({
          reference: frameEvent.transactionReference,
          ok: frameEvent.payload.value === 'success',
          code: frameEvent.payload.metainfo.code ?? null,
          at: frameEvent.dateTime,
        });
        break;
    }
  }
}
