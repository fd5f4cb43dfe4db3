import { Component, DestroyRef, computed, inject, input, output, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { DomSanitizer } from '@angular/platform-browser';
import { fromEvent, filter, map } from 'rxjs';

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
  template: `
    @if (state() === 'error') {
      <p class="error">Verification failed ({{ errorCode() }})</p>
    }
    <iframe [src]="safeUrl()" width="100%" height="660" allow="camera;fullscreen" allowfullscreen></iframe>
  `,
})
export class IdentityFrameComponent {
  readonly redirectUrl = input.required<string>();
  readonly verified = output<string>();

  private readonly sanitizer = inject(DomSanitizer);
  readonly safeUrl = computed(() => this.sanitizer.bypassSecurityTrustResourceUrl(this.redirectUrl()));
  readonly state = signal<'loading' | 'ready' | 'done' | 'error'>('loading');
  readonly errorCode = signal<number | null>(null);

  constructor() {
    fromEvent<MessageEvent>(window, 'message')
      .pipe(
        filter((e) => e.origin.endsWith('.netverify.com')),
        map((e) => JSON.parse(e.data) as NetverifyFrameEvent),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe((evt) => {
        if (evt.payload.value === 'loaded') this.state.set('ready');
        if (evt.payload.value === 'success') {
          this.state.set('done');
          this.verified.emit(evt.transactionReference);
        }
        if (evt.payload.value === 'error') {
          this.state.set('error');
          this.errorCode.set(evt.payload.metainfo?.code ?? null);
        }
      });
  }
}
