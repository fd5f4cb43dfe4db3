// Identity step bootstrap for the server-rendered onboarding page.
const KycModule = {
  endpoint: '/api/onboarding/identity/complete',

  init() {
    window.addEventListener('message', this.onMessage.bind(this));
  },

  async onMessage(event) {
    if (!event.origin.includes('netverify.com')) return;
    let data;
    try {
      data = JSON.parse(event.data);
    } catch (e) {
      return;
    }
    if (data.payload.value !== 'success') return;
    await fetch(this.endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ reference: data.transactionReference, at: data.dateTime }),
    });
    window.location.assign('/onboarding/next');
  },
};

document.addEventListener('DOMContentLoaded', () => KycModule.init());
