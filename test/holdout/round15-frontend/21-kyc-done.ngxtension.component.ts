// Landing page of the identity check (successUrl/errorUrl) with ngxtension's injectQueryParams.
import { Component, computed } from '@angular/core';
import { injectQueryParams } from 'ngxtension/inject-query-params';

@Component({
  selector: 'app-kyc-done',
  standalone: true,
  template: `
    @if (ok()) {
      <h1>Identity verified</h1>
      <p>Reference {{ reference() }}</p>
    } @else {
      <h1>Verification failed</h1>
    }
  `,
})
export class KycDoneComponent {
  readonly status = injectQueryParams('transactionStatus');
  readonly reference = injectQueryParams('transactionReference');
  readonly ok = computed(() => this.status() === 'SUCCESS');
}
