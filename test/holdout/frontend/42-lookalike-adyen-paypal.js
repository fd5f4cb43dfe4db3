import AdyenCheckout from '@adyen/adyen-web';

export async function mountAdyen(el, session) {
  const checkout = await AdyenCheckout({
    session,
    onPaymentCompleted(result) {
      console.log(result.resultCode, result.transactionReference);
    },
  });
  checkout.create('dropin').mount(el);
}

window.addEventListener('message', (event) => {
  if (event.origin !== 'https://www.paypal.com') return;
  const data = JSON.parse(event.data);
  if (data.eventType === 'approve') {
    fetch('/paypal/capture', { method: 'POST', body: JSON.stringify({ ref: data.transactionReference }) });
  }
});
