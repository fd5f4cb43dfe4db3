import { Component, inject } from '@angular/core';
import { Router } from '@angular/router';

// Identity check result (the Netverify success/error URL). Reads the query from the router's current URL.
@Component({
  selector: 'app-kyc-result',
  standalone: true,
  template: `
    @if (verified) { <h1>Identity verified</h1><p>Reference {{ reference }}</p> }
    @else { <h1>Identity check failed</h1><p>Error {{ errorCode }}</p> }
  `,
})
export class KycResultComponent {
  private readonly router = inject(Router);
  readonly verified: boolean;
  readonly reference: string | undefined;
  readonly errorCode: string | undefined;

  constructor() {
    const { transactionStatus, transactionReference, errorCode } = this.router.parseUrl(this.router.url).queryParams;
    this.verified = transactionStatus === 'SUCCESS';
    this.reference = transactionReference;
    this.errorCode = errorCode;
  }
}
