import Component from '@glimmer/component';
import { action } from '@ember/object';

// Attached in the template: <iframe src={{@url}} {{window-message this.onJumioMessage}}></iframe>
export default class IdentityFrame extends Component {
  @action
  onJumioMessage(event) {
    if (!/^https:\/\/[\w-]+\.web\.(?:amer-1|emea-1|apac-1)\.jumio\.ai$/.test(event.origin)) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') this.args.onDone(data.workflowExecutionId);
  }
}

// Knockout: <div data-bind="event: { message: onKycMessage }"> on a window binding.
const onKycMessage = (e) => {
  if (e.origin.indexOf('jumio.ai') < 0) return;
  const msg = JSON.parse(e.data);
  console.info('kyc', msg.workflowExecutionId);
};
