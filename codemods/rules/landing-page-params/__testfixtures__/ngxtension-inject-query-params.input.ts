// Identity check landing page (Angular): ngxtension's injectQueryParams signals, one per parameter.
import { Component, computed } from '@angular/core';
import { injectQueryParams } from 'ngxtension/inject-query-params';

@Component({
  selector: 'app-kyc-done',
  standalone: true,
  template: `@if (ok()) { <p>Verified {{ reference() }}</p> } @else { <p>Verification failed</p> }`,
})
export class KycDoneComponent {
  readonly status = injectQueryParams('transactionStatus');
  readonly reference = injectQueryParams('transactionReference');
  readonly ok = computed(() => this.status() === 'SUCCESS');
}
