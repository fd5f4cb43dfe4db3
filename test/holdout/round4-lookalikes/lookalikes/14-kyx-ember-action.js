import Component from '@glimmer/component';
import { action } from '@ember/object';
import { service } from '@ember/service';

// Migrated to the KYX web client in 2024. Template: <iframe src={{@href}} {{window-message this.onVerifyMessage}}></iframe>
export default class VerifyFrame extends Component {
  @service kyc;

  @action
  onVerifyMessage(event) {
    if (!event.origin.endsWith('.web.emea-1.jumio.ai')) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') this.kyc.complete(data.workflowExecutionId, data.accountId);
    // KYX 9836: the face did not match the enrolled selfie.
    if (data.payload.value === 'error' && data.payload.metainfo?.code === 9836) this.kyc.faceMismatch(data.workflowExecutionId);
  }
}
