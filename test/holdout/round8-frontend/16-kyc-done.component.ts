import { Component, computed, input } from '@angular/core';

// Routed with provideRouter(routes, withComponentInputBinding()): the query parameters of Jumio's redirect bind to
// the inputs of the same name.
@Component({
  selector: 'app-kyc-done',
  standalone: true,
  template: `
    @if (ok()) {
      <p>Identity submitted ({{ transactionReference() }}).</p>
    } @else {
      <p>Identity check failed: {{ errorCode() }}</p>
    }
  `,
})
export class KycDoneComponent {
  readonly transactionStatus = input<string>();
  readonly transactionReference = input<string>();
  readonly errorCode = input<string>();
  readonly ok = computed(() => this.transactionStatus() === 'SUCCESS');
}
