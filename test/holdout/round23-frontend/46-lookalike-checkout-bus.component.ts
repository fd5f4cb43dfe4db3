import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, input, output, signal } from '@angular/core';
import { DomSanitizer, SafeResourceUrl } from '@angular/platform-browser';

// Our checkout micro-frontend, embedded in the shop shell; it reports over postMessage like the other shell apps.
@Component({
  selector: 'app-checkout-step',
  standalone: true,
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (loading()) {
      <p class="checkout-step__hint">Loading the checkout…</p>
    }
    <iframe class="checkout-step__frame" title="Checkout" [src]="safeUrl()" width="100%" height="660" allow="payment"></iframe>
  `,
})
export class CheckoutStepComponent {
  readonly frameUrl = input.required<string>();
  readonly paid = output<string>();

  protected readonly loading = signal(true);
  protected readonly reference = signal<string | null>(null);
  private readonly sanitizer = inject(DomSanitizer);
  protected readonly safeUrl = computed<SafeResourceUrl>(() => this.sanitizer.bypassSecurityTrustResourceUrl(this.frameUrl()));

  private readonly onMessage = (event: MessageEvent): void => {
    if (event.origin !== 'https://checkout.acme-shop.example') return;
    const data = typeof event.data === 'string' ? JSON.parse(event.data) : event.data;
    if (data.payload?.value === 'loaded') this.loading.set(false);
    if (data.payload?.value === 'paid') {
      this.reference.set(data.transactionReference);
      this.paid.emit(data.transactionReference);
    }
  };

  constructor() {
    window.addEventListener('message', this.onMessage);
    inject(DestroyRef).onDestroy(() => window.removeEventListener('message', this.onMessage));
  }
}
