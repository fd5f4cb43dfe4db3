import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, input, output, signal } from '@angular/core';
import { DomSanitizer, SafeResourceUrl } from '@angular/platform-browser';

@Component({
  selector: 'app-identity-step',
  standalone: true,
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (loading()) {
      <p class="identity-step__hint">Loading the identity check…</p>
    }
    <iframe class="identity-step__frame" title="Identity check" [src]="safeUrl()" width="100%" height="660" allow="camera;fullscreen"></iframe>
  `,
})
export class IdentityStepComponent {
  readonly frameUrl = input.required<string>();
  readonly verified = output<string>();

  protected readonly loading = signal(true);
  protected readonly reference = signal<string | null>(null);
  private readonly sanitizer = inject(DomSanitizer);
  protected readonly safeUrl = computed<SafeResourceUrl>(() => this.sanitizer.bypassSecurityTrustResourceUrl(this.frameUrl()));

  private readonly onMessage = (event: MessageEvent): void => {
    if (!event.origin.endsWith('.netverify.com')) return;
    const data = typeof event.data === 'string' ? JSON.parse(event.data) : event.data;
    if (data.payload?.value === 'loaded') this.loading.set(false);
    if (data.payload?.value === 'success') {
      this.reference.set(data.transactionReference);
      this.verified.emit(data.transactionReference);
    }
  };

  constructor() {
    window.addEventListener('message', this.onMessage);
    inject(DestroyRef).onDestroy(() => window.removeEventListener('message', this.onMessage));
  }
}
