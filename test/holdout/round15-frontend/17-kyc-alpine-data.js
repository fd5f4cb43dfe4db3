// Alpine.js component registered from a bundle: <div x-data="kycFrame('…')"> on the onboarding page.
import Alpine from 'alpinejs';

Alpine.data('kycFrame', (frameUrl) => ({
  frameUrl,
  reference: null,
  init() {
    window.addEventListener('message', (e) => this.receive(e));
  },
  receive(e) {
    if (!e.origin.endsWith('.netverify.com')) return;
    const data = JSON.parse(e.data);
    if (data.payload.value === 'success') this.reference = data.transactionReference;
  },
}));

Alpine.start();
