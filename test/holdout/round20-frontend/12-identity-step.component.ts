import { Component, computed, DestroyRef, inject, input, output } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { DomSanitizer } from '@angular/platform-browser';
import { IdentityEventsService } from './11-identity-events.service';

@Component({
  selector: 'app-identity-step',
  standalone: true,
  template: `
    <h2>Verify your identity</h2>
    <iframe [src]="safeUrl()" title="Identity verification" width="100%" height="660" allow="camera;fullscreen" allowfullscreen></iframe>
    @if (errorCode) {
      <p class="error">Verification failed ({{ errorCode }}). Please try again.</p>
    }
  `,
})
export class IdentityStepComponent {
  readonly frameUrl = input.required<string>();
  readonly verified = output<string>();
  errorCode?: number;

  private readonly sanitizer = inject(DomSanitizer);
  readonly safeUrl = computed(() => this.sanitizer.bypassSecurityTrustResourceUrl(this.frameUrl()));

  constructor() {
    inject(IdentityEventsService)
      .outcome$.pipe(takeUntilDestroyed(inject(DestroyRef)))
      .subscribe((outcome) => {
        if (outcome.verified) this.verified.emit(outcome.reference);
        else this.errorCode = outcome.errorCode;
      });
  }
}
