// KYC page: keeps a copy of the last web-client event for the support widget.
let lastKycEvent = null;

window.addEventListener('message', function (e) {
  if (e.origin.indexOf('netverify.com') === -1) return;
  const parsed = JSON.parse(e.data);
  const copy = structuredClone(parsed);
  lastKycEvent = { step: copy.payload.value, reference: copy.transactionReference };
});
