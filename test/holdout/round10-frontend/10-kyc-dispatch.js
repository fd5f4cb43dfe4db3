// Identity step: the web client's events dispatched by payload.value to one function each.
import { api } from './api.js';
import { track } from './analytics.js';
import { showError } from './ui.js';

const onKycEvent = {
  loaded() {
    track('kyc_loaded');
  },
  success(data) {
    api.post('/kyc/complete', { reference: data.transactionReference });
  },
  error(data) {
    showError(data.payload.metainfo.code, data.transactionReference);
  },
};

window.addEventListener('message', (event) => {
  if (!event.origin.endsWith('.netverify.com')) return;
  let data;
  try {
    data = JSON.parse(event.data);
  } catch {
    return;
  }
  const handle = onKycEvent[data.payload.value];
  if (handle) handle(data);
});
