import { Component, DestroyRef, afterNextRender, inject, input, output, signal } from '@angular/core';
import { DOCUMENT } from '@angular/common';
import { DomSanitizer } from '@angular/platform-browser';

@Component({
  selector: 'app-kyc-host',
  standalone: true,
  template: `
    @if (failedCode()) {
      <p class="error">Verification failed ({{ failedCode() }})</p>
    }
    <iframe [src]="safeUrl()" title="Identity check" allow="camera;fullscreen" allowfullscreen></iframe>
  `,
})
export class KycHostComponent {
  readonly url = input.required<string>();
  readonly verified = output<string>();
  readonly failedCode = signal<number | null>(null);
  private readonly sanitizer = inject(DomSanitizer);
  private readonly doc = inject(DOCUMENT);
  readonly safeUrl = () => this.sanitizer.bypassSecurityTrustResourceUrl(this.url());

  constructor() {
    const destroyRef = inject(DestroyRef);
    afterNextRender(() => {
      const win = this.doc.defaultView!;
      win.addEventListener('message', this.onMessage);
      destroyRef.onDestroy(() => win.removeEventListener('message', this.onMessage));
    });
  }

  private onMessage = (event: MessageEvent): void => {
    if (!event.origin.endsWith('.netverify.com')) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') this.verified.emit(data.transactionReference);
    if (data.payload.value === 'error') this.failedCode.set(data.payload.metainfo.code);
  };
}
