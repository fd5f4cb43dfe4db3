// In-app payment sheet: its frame posts { type, transactionReference, payload } messages; one function per type.
import { api } from './api.js';

const onSheetEvent = {
  'sheet.ready'() {
    document.body.classList.add('sheet-open');
  },
  'payment.success'(data) {
    api.post('/orders/paid', { reference: data.transactionReference, amount: data.payload.amount });
  },
  'payment.error'(data) {
    console.warn('payment failed', data.payload.value, data.transactionReference);
  },
};

window.addEventListener('message', (event) => {
  let data;
  try {
    data = JSON.parse(event.data);
  } catch {
    return;
  }
  const handle = onSheetEvent[data.type];
  if (handle) handle(data);
});
