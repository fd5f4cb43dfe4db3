// Aurelia 1 route view-model of the identity check's success/error URL: activate's params hold the query string.
import { autoinject } from 'aurelia-framework';

@autoinject
export class KycDone {
  ok = false;
  reference = '';

  activate(params: { acquisitionStatus?: string; workflowExecutionId?: string }) {
    this.ok = params.acquisitionStatus === 'SUCCESS';
    this.reference = params.workflowExecutionId ?? '';
  }
}
