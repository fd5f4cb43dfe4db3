// Hyperapp 2: the same subscription shape for a payment widget's events (its own origin): not Jumio's, left alone.
import { app, h, text } from 'hyperapp';

const onMessage = (dispatch, action) => {
  const listener = (event) => dispatch(action, event);
  addEventListener('message', listener);
  return () => removeEventListener('message', listener);
};

const GotPayment = (state, event) => {
  if (event.origin !== 'https://checkout.example-psp.com') return state;
  const data = JSON.parse(event.data);
  return data.payload.value === 'success' ? { ...state, reference: data.transactionReference } : state;
};

app({
  init: { reference: null },
  view: (state) => h('p', {}, text(state.reference ?? 'Paying…')),
  subscriptions: () => [[onMessage, GotPayment]],
  node: document.getElementById('app'),
});
