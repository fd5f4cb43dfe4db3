// Legacy KYC page script (bundled by webpack)
import { showStep } from './steps';

export function listenToJumio(onReference) {
  window.onmessage = function (e) {
    if (!e.origin.includes('netverify')) {
      return;
    }
    var data = JSON.parse(e.data);
    if ('transactionReference' in data) {
      onReference(data.transactionReference);
    }
    showStep(data.payload.value);
  };
}
