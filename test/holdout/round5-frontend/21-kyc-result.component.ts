import { Component, inject } from '@angular/core';
import { ActivatedRoute } from '@angular/router';

// Jumio redirects here after the identity check (successUrl/errorUrl).
@Component({
  selector: 'app-kyc-result',
  standalone: true,
  template: `
    @if (success) { <h2>Thanks, your identity check was submitted.</h2> }
    @else { <h2>Identity check failed (code {{ errorCode ?? 'n/a' }})</h2> }
    <small>{{ reference }}</small>
  `,
})
export class KycResultComponent {
  private readonly route = inject(ActivatedRoute);
  private readonly params = this.route.snapshot.queryParamMap;

  readonly success = this.params.get('transactionStatus') === 'SUCCESS';
  readonly reference = this.params.get('transactionReference');
  readonly errorCode = this.params.get('errorCode');
}
