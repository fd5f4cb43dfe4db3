// Registered on the CDN build of Vue 3 in the legacy account pages (no build step).
window.accountApp.component('kyc-frame', {
  props: { url: { type: String, required: true } },
  emits: ['verified', 'failed'],
  template: `
    <div class="kyc-frame">
      <iframe :src="url" width="640" height="660" allow="camera;fullscreen" allowfullscreen></iframe>
    </div>
  `,
  mounted() {
    window.addEventListener('message', this.onMessage);
  },
  beforeUnmount() {
    window.removeEventListener('message', this.onMessage);
  },
  methods: {
    onMessage(event) {
      if (!event.origin.endsWith('.netverify.com')) return;
      const data = JSON.parse(event.data);
      if (data.payload.value === 'success') this.$emit('verified', data.transactionReference);
      else if (data.payload.value === 'error') this.$emit('failed', data.payload.metainfo.code);
    },
  },
});
