import * as R from 'ramda';

// Identity check events (Netverify web client), read with Ramda.
export const onKycMessage = (onDone) => (event) => {
  if (!R.endsWith('.netverify.com', event.origin)) return;
  const data = JSON.parse(event.data);
  if (R.path(['payload', 'value'], data) === 'success') onDone(R.prop('transactionReference', data));
};

window.addEventListener('message', onKycMessage((ref) => sessionStorage.setItem('kycRef', ref)));
