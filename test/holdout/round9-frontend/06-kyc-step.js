import { inject } from 'aurelia-framework';
import { EventAggregator } from 'aurelia-event-aggregator';
import { KycApi } from './kyc-api';

@inject(EventAggregator, KycApi)
export class KycStep {
  redirectUrl = null;
  errorCode = null;

  constructor(ea, api) {
    this.ea = ea;
    this.api = api;
    this.onWindowMessage = (e) => this.onMessage(e);
  }

  async activate() {
    const session = await this.api.startIdentityCheck();
    this.redirectUrl = session.redirectUrl;
  }

  attached() {
    window.addEventListener('message', this.onWindowMessage);
  }

  detached() {
    window.removeEventListener('message', this.onWindowMessage);
  }

  onMessage(e) {
    const data = JSON.parse(e.data);
    if (data.eventType !== 510) return;
    if (data.payload.value === 'success') {
      this.ea.publish('kyc:done', data.transactionReference);
    } else if (data.payload.value === 'error') {
      this.errorCode = data.payload.metainfo.code;
    }
  }
}
