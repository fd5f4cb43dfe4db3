import { fromCallback } from 'xstate';

// Listens for the PayPal approval popup, which posts back to our own origin.
export const paypalPopupListener = fromCallback(({ sendBack }) => {
  const onMessage = (e: MessageEvent) => {
    if (e.origin !== window.location.origin) return;
    const data = JSON.parse(e.data);
    if (data.status === 'APPROVED') sendBack({ type: 'PAYPAL.APPROVED', reference: data.transactionReference });
    else sendBack({ type: 'PAYPAL.CANCELLED' });
  };
  window.addEventListener('message', onMessage);
  return () => window.removeEventListener('message', onMessage);
});
