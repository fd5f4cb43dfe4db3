// Aurelia 1 route view-model for the identity check return (Netverify); query parameters arrive in activate's params.
import { autoinject } from 'aurelia-framework';
import { Router } from 'aurelia-router';

@autoinject
export class KycReturn {
  verified = false;
  reference = '';

  constructor(private readonly router: Router) {}

  activate(params: { transactionStatus?: string; transactionReference?: string; errorCode?: string }) {
    this.verified = params.transactionStatus === 'SUCCESS';
    this.reference = params.transactionReference ?? '';
    if (!this.verified && params.errorCode === '9200') this.router.navigateToRoute('kyc-start');
  }
}
