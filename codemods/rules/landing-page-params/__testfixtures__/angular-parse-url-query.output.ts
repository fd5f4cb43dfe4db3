import { Component, inject } from '@angular/core';
import { Router } from '@angular/router';

// Identity check result page: the query read from the router's current URL (router.parseUrl(router.url)).
@Component({ selector: 'app-kyc-result', standalone: true, template: `<p>{{ verified ? 'Verified ' + reference : 'Failed' }}</p>` })
export class KycResultComponent {
  private readonly router = inject(Router);
  readonly verified: boolean;
  readonly reference: string | undefined;

  constructor() {
    const { acquisitionStatus: transactionStatus, workflowExecutionId: transactionReference } = this.router.parseUrl(this.router.url).queryParams;
    this.verified = transactionStatus === 'SUCCESS';
    this.reference = transactionReference;
  }
}
