// Streams that chain their operators as methods: xstream (Cycle.js) and RxJS 5's patched Observable.
import fromEvent from 'xstream/extra/fromEvent';
import { Observable } from 'rxjs/Rx';

export function kycVerified(sources) {
  const kycEvent$ = fromEvent(window, 'message')
    .filter((event) => event.origin.endsWith('.netverify.com'))
    .map((event) => JSON.parse(event.data));
  return kycEvent$
    .filter((data) => data.payload.value === 'success')
    .map((data) => ({ url: '/api/kyc/complete', method: 'POST', send: { reference: data.transactionReference } }));
}

export function watchKyc(store) {
  return Observable.fromEvent(window, 'message')
    .filter((e) => /\.netverify\.com$/.test(e.origin))
    .map((e) => JSON.parse(e.data))
    .subscribe((data) => store.dispatch({ type: 'kyc/event', value: data.payload.value, reference: data.transactionReference }));
}
