// Standalone Angular 17 component with signals: the Netverify authentication frame.
import { Component, Renderer2, effect, inject, input, output, signal, computed } from '@angular/core';
import { DomSanitizer } from '@angular/platform-browser';

@Component({
  selector: 'app-kyc-frame',
  standalone: true,
  template: `
    <iframe [src]="safeUrl()" allow="camera;fullscreen" allowfullscreen width="100%" height="710"></iframe>
    <p class="hint">Step: {{ step() }}</p>
  `,
})
export class KycFrameComponent {
  readonly url = input.required<string>();
  readonly verified = output<string>();
  readonly step = signal('loading');
  readonly reference = signal<string | null>(null);
  private readonly renderer = inject(Renderer2);
  private readonly sanitizer = inject(DomSanitizer);
  readonly safeUrl = computed(() => this.sanitizer.bypassSecurityTrustResourceUrl(this.url()));

  constructor() {
    effect((onCleanup) => {
      const off = this.renderer.listen('window', 'message', (e: MessageEvent) => this.onMessage(e));
      onCleanup(off);
    });
  }

  private onMessage(event: MessageEvent): void {
    if (!/^https:\/\/[a-z0-9-]+\.netverify\.com$/.test(event.origin)) return;
    const data = JSON.parse(event.data);
    this.step.set(data.payload.value);
    if (data.payload.value === 'success') {
      this.reference.set(data.transactionReference);
      this.verified.emit(data.transactionReference);
    }
  }
}
