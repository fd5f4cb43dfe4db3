import Component from '@glimmer/component';
import { service } from '@ember/service';

// The identity check's landing page (Jumio success/error URL).
export default class KycDoneComponent extends Component {
  @service router;

  get query() {
    return this.router.currentRoute.queryParams;
  }

  get verified() {
    return this.query.transactionStatus === 'SUCCESS';
  }

  get reference() {
    return this.query.transactionReference;
  }
}
