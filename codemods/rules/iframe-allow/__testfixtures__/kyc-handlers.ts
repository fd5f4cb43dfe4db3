// Support file for imported-named-object-handler.input.ts and imported-default-variable-handler.input.ts (not fixtures): a named export holding the
// handlers (arrow functions as properties), also exported as the default.
export const kycHandlers = {
  message: (e: MessageEvent): void => {
    if (e.origin.indexOf('netverify.com') === -1) return;
    const data = JSON.parse(e.data);
    if (data.payload.value === 'error') alert(`Verification failed (${data.payload.metainfo.code})`);
    else if (data.payload.value === 'success') fetch(`/api/kyc/${data.transactionReference}/complete`, { method: 'POST' });
  },
};

const handlers = kycHandlers;
export default handlers;
