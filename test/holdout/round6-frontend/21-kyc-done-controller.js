// Ember Octane controller for the route the identity check redirects to (successUrl = errorUrl = /kyc/done).
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
