import _ from 'lodash';
import { track } from './analytics';

// KYC frame events, read through lodash.
export function initKycEvents(onDone) {
  function onMessage(event) {
    if (!_.includes(event.origin, 'jumio.ai')) return;
    const data = JSON.parse(event.data);
    const step = _.get(data, 'payload.value');
    track('kyc_step', { step });
    if (!_.has(data, 'workflowExecutionId')) return;
    if (step === 'success') onDone(_.get(data, 'workflowExecutionId'));
  }
  window.addEventListener('message', onMessage);
  return () => window.removeEventListener('message', onMessage);
}
