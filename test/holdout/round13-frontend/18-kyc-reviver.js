// Identity frame events, parsed with a reviver so dateTime becomes a Date.
import { track } from './analytics';

function reviveDates(key, value) {
  return key === 'dateTime' ? new Date(value) : value;
}

window.addEventListener('message', function (event) {
  if (!event.origin.endsWith('.netverify.com')) return;
  var data = JSON.parse(event.data, reviveDates);
  track('kyc_step', { step: data.payload.value, at: data.dateTime.getTime() });
  if (data.payload.value === 'success') {
    document.getElementById('kyc-ref').value = data.transactionReference;
  }
});
