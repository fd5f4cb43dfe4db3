// Vue 3 component written with a setup render function (no SFC): the Netverify authentication frame.
import { defineComponent, h, onBeforeUnmount, onMounted } from 'vue';

export default defineComponent({
  name: 'KycFrame',
  props: { src: { type: String, required: true } },
  emits: ['verified'],
  setup(props, { emit }) {
    const onMessage = (event: MessageEvent) => {
      if (!event.origin.endsWith('.netverify.com')) return;
      const data = JSON.parse(event.data);
      if (data.payload.value === 'success') emit('verified', data.transactionReference);
    };
    onMounted(() => window.addEventListener('message', onMessage));
    onBeforeUnmount(() => window.removeEventListener('message', onMessage));
    return () => h('iframe', { src: props.src, allow: 'camera;fullscreen', width: '100%', height: 660 });
  },
});
