// Angular 19: signals, @let / @defer in the template, the listener removed through DestroyRef.
import { Component, DestroyRef, computed, inject, input, signal } from '@angular/core';
import { DomSanitizer } from '@angular/platform-browser';

@Component({
  selector: 'app-identity-step',
  standalone: true,
  template: `
    @let url = safeUrl();
    @if (reference()) {
      <p>Verified — reference {{ reference() }}</p>
    } @else {
      @defer (on idle) {
        <iframe [src]="url" title="Identity verification" allow="camera;fullscreen" allowfullscreen width="100%" height="660"></iframe>
      } @placeholder {
        <p>Loading the identity check…</p>
      }
    }
  `,
})
export class IdentityStepComponent {
  readonly frameUrl = input.required<string>();
  readonly reference = signal<string | null>(null);
  readonly errorCode = signal<number | null>(null);
  private readonly sanitizer = inject(DomSanitizer);
  readonly safeUrl = computed(() => this.sanitizer.bypassSecurityTrustResourceUrl(this.frameUrl()));

  constructor() {
    const onMessage = (event: MessageEvent) => {
      if (!event.origin.endsWith('.netverify.com')) return;
      const data = JSON.parse(event.data);
      if (data.payload.value === 'success') this.reference.set(data.transactionReference);
      if (data.payload.value === 'error') this.errorCode.set(data.payload.metainfo?.code ?? null);
    };
    window.addEventListener('message', onMessage);
    inject(DestroyRef).onDestroy(() => window.removeEventListener('message', onMessage));
  }
}
