// 3-D Secure challenge for card payments (ACS frame), Angular 17 standalone with signals.
import { Component, Renderer2, effect, inject, input, output, computed } from '@angular/core';
import { DomSanitizer } from '@angular/platform-browser';

@Component({
  selector: 'app-threeds-challenge',
  standalone: true,
  template: `<iframe [src]="safeUrl()" allow="payment" width="100%" height="600"></iframe>`,
})
export class ThreeDsChallengeComponent {
  readonly acsUrl = input.required<string>();
  readonly completed = output<string>();
  private readonly renderer = inject(Renderer2);
  private readonly sanitizer = inject(DomSanitizer);
  readonly safeUrl = computed(() => this.sanitizer.bypassSecurityTrustResourceUrl(this.acsUrl()));

  constructor() {
    effect((onCleanup) => {
      const off = this.renderer.listen('window', 'message', (e: MessageEvent) => this.onMessage(e));
      onCleanup(off);
    });
  }

  private onMessage(event: MessageEvent): void {
    if (!event.origin.endsWith('.acs.cardissuer.example')) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') this.completed.emit(data.transactionReference);
  }
}
