// app/controllers/kyc/done.js: the identity check's successUrl and errorUrl route.
import Controller from '@ember/controller';
import { tracked } from '@glimmer/tracking';

export default class KycDoneController extends Controller {
  queryParams = ['transactionStatus', 'transactionReference', 'errorCode'];

  @tracked transactionStatus = null;
  @tracked transactionReference = null;
  @tracked errorCode = null;

  get succeeded() {
    return this.transactionStatus === 'SUCCESS';
  }
}

// The classic form of the same controller.
export const LegacyKycDoneController = Controller.extend({
  queryParams: ["transactionStatus", "transactionReference"],
  transactionStatus: null,
  transactionReference: null,
});
