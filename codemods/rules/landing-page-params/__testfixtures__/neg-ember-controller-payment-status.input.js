// app/controllers/checkout/return.js: the card acquirer sends the shopper back here.
import Controller from '@ember/controller';
import { tracked } from '@glimmer/tracking';

export default class CheckoutReturnController extends Controller {
  queryParams = ['transactionStatus', 'transactionReference'];

  @tracked transactionStatus = null;
  @tracked transactionReference = null;

  get paid() {
    return this.transactionStatus === 'APPROVED';
  }
}
