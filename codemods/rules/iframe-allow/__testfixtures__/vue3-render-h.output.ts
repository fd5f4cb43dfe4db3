import { defineComponent, h, onMounted, onUnmounted } from 'vue';

// A render-function component (no template): the web client and its event handler.
export default defineComponent({
  props: { url: { type: String, required: true } },
  emits: ['verified'],
  setup(props, { emit }) {
    function onMessage(event: MessageEvent) {
      if (!/\.netverify\.com$/.test(new URL(event.origin).hostname)) return;
      const data = JSON.parse(event.data);
      if (data.payload.value === 'success') emit('verified', data.transactionReference);
    }
    onMounted(() => window.addEventListener('message', onMessage));
    onUnmounted(() => window.removeEventListener('message', onMessage));
    return () =>
      h('section', [
        h('iframe', {
          src: props.url,
          allow: 'camera; fullscreen; accelerometer; gyroscope; magnetometer',
          allowfullscreen: true,
          class: 'kyc',
        }),
      ]);
  },
});
