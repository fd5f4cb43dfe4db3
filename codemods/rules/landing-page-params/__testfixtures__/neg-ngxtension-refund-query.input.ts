// Refund confirmation page (Angular): the payment provider's return parameters as ngxtension signals.
import { Component, computed } from '@angular/core';
import { injectQueryParams } from 'ngxtension';

@Component({
  selector: 'app-refund-done',
  standalone: true,
  template: `@if (refunded()) { <p>Refunded {{ reference() }}</p> } @else { <p>Refund pending</p> }`,
})
export class RefundDoneComponent {
  readonly status = injectQueryParams('transactionStatus');
  readonly reference = injectQueryParams('transactionReference');
  readonly refunded = computed(() => this.status() === 'REFUNDED');
}
