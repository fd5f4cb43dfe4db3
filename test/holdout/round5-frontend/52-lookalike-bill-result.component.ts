import { Component, inject } from '@angular/core';
import { ActivatedRoute } from '@angular/router';

// Biller aggregator redirects back here after the bill payment.
@Component({
  selector: 'app-bill-result',
  standalone: true,
  template: `<h2>{{ ok ? 'Bill paid' : 'Bill payment failed' }}</h2><small>{{ reference }}</small>`,
})
export class BillResultComponent {
  private readonly params = inject(ActivatedRoute).snapshot.queryParamMap;
  readonly ok = this.params.get('transactionStatus') === 'SUCCESS';
  readonly reference = this.params.get('transactionReference');
  readonly errorCode = this.params.get('errorCode');
}
