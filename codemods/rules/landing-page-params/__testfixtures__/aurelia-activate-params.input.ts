// Aurelia 1 route view-model of the identity check's success/error URL: activate's params hold the query string.
import { autoinject } from 'aurelia-framework';

@autoinject
export class KycDone {
  ok = false;
  reference = '';

  activate(params: { transactionStatus?: string; transactionReference?: string }) {
    this.ok = params.transactionStatus === 'SUCCESS';
    this.reference = params.transactionReference ?? '';
  }
}
