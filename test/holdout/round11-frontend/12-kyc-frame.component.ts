import { Component, DestroyRef, Renderer2, effect, inject, input, output, signal } from '@angular/core';
import { DomSanitizer, SafeResourceUrl } from '@angular/platform-browser';

@Component({
  selector: 'app-kyc-frame',
  standalone: true,
  template: `
    @if (frameUrl(); as url) {
      <iframe [src]="url" width="100%" height="710" allow="camera;fullscreen" allowfullscreen></iframe>
    } @else {
      <p>Loading the identity check…</p>
    }
    @if (errorCode() !== null) {
      <p class="error">Verification failed ({{ errorCode() }})</p>
    }
  `,
})
export class KycFrameComponent {
  readonly redirectUrl = input.required<string>();
  readonly verified = output<string>();
  readonly errorCode = signal<number | null>(null);
  private readonly sanitizer = inject(DomSanitizer);
  private readonly renderer = inject(Renderer2);
  readonly frameUrl = signal<SafeResourceUrl | null>(null);

  constructor() {
    effect(() => this.frameUrl.set(this.sanitizer.bypassSecurityTrustResourceUrl(this.redirectUrl())));
    const stop = this.renderer.listen('window', 'message', (event: MessageEvent) => this.onMessage(event));
    inject(DestroyRef).onDestroy(stop);
  }

  private onMessage(event: MessageEvent): void {
    if (!event.origin.endsWith('.netverify.com')) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') this.verified.emit(data.transactionReference);
    if (data.payload.value === 'error') this.errorCode.set(data.payload.metainfo.code);
  }
}
