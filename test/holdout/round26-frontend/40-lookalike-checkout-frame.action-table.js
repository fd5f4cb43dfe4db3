// Checkout step: the hosted card form's outcome is routed through a table of actions keyed by the event's value.
const actions = {
  loaded: () => {
    document.body.classList.add('checkout-ready');
  },
  success: (d) => {
    completeCheckout(d.transactionReference);
  },
  error: (d) => {
    showCheckoutError(d.payload.reason, d.transactionReference);
  },
};

function completeCheckout(reference) {
  window.location.assign('/checkout/complete?ref=' + encodeURIComponent(reference));
}

function showCheckoutError(reason, reference) {
  const box = document.getElementById('checkout-error');
  box.textContent = 'The payment stopped (' + reason + ', reference ' + reference + ').';
  box.hidden = false;
}

window.addEventListener('message', function (event) {
  if (event.origin !== 'https://hosted.paylink.example') return;
  let data;
  try {
    data = JSON.parse(event.data);
  } catch (e) {
    return;
  }
  actions[data.payload.value]?.(data);
});
