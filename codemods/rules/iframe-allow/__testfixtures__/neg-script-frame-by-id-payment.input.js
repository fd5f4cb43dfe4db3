// The same shapes beside a payment widget's handler: nothing proves the frame is Jumio's web client.
const frame = document.querySelector('#pay-frame');

export async function startCheckout() {
  const res = await fetch('/checkout/start', { method: 'POST' });
  const { redirectUrl } = await res.json();
  frame.setAttribute('src', redirectUrl);
  frame.setAttribute('allow', 'camera;fullscreen');
}

window.addEventListener('message', (event) => {
  if (event.origin !== 'https://checkout.paylink.example') return;
  const message = JSON.parse(event.data);
  if (message.payload.value === 'success') window.location.href = '/checkout/done';
});
