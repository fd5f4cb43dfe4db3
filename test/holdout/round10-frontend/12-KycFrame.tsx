// Vue 3 component written in TSX (@vue/babel-plugin-jsx): the identity step of the account wizard.
import { defineComponent, onBeforeUnmount, onMounted } from 'vue';

export default defineComponent({
  name: 'KycFrame',
  props: { src: { type: String, required: true } },
  emits: ['verified', 'failed'],
  setup(props, { emit }) {
    const onMessage = (event: MessageEvent) => {
      if (!event.origin.endsWith('.netverify.com')) return;
      const data = JSON.parse(event.data);
      if (data.payload.value === 'success') emit('verified', data.transactionReference);
      if (data.payload.value === 'error') emit('failed', data.payload.metainfo.code);
    };
    onMounted(() => window.addEventListener('message', onMessage));
    onBeforeUnmount(() => window.removeEventListener('message', onMessage));
    return () => (
      <div class="kyc-frame">
        <iframe src={props.src} width="100%" height="710" allow="camera;fullscreen" allowfullscreen />
      </div>
    );
  },
});
