import { eventChannel } from 'redux-saga';
import { put, take } from 'redux-saga/effects';
import { checkoutPaid, checkoutFailed } from './checkoutSlice';

// Paystack inline checkout posts its result to the parent window as a JSON string.
const checkoutChannel = eventChannel<any>((emit) => {
  const handler = (event: MessageEvent) => {
    try {
      const data = JSON.parse(event.data);
      if (data.transactionReference && data.payload) emit(data);
    } catch {
      /* ignore */
    }
  };
  window.addEventListener('message', handler);
  return () => window.removeEventListener('message', handler);
});

export function* watchCheckout() {
  while (true) {
    const msg = yield take(checkoutChannel);
    if (msg.payload.value === 'success') yield put(checkoutPaid({ transactionReference: msg.transactionReference, amount: msg.amount }));
    else yield put(checkoutFailed(msg.payload.value));
  }
}
