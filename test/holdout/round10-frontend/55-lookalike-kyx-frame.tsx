// Vue 3 TSX component, already on KYX: the web.href of the account call, KYX events and error codes.
import { defineComponent, onBeforeUnmount, onMounted } from 'vue';

export default defineComponent({
  name: 'KyxFrame',
  props: { href: { type: String, required: true } },
  emits: ['verified', 'failed'],
  setup(props, { emit }) {
    const onMessage = (event: MessageEvent) => {
      if (!event.origin.endsWith('.jumio.ai')) return;
      const data = JSON.parse(event.data);
      if (data.payload.value === 'success') emit('verified', data.workflowExecutionId, data.accountId);
      if (data.payload.value === 'error') {
        switch (data.payload.metainfo.code) {
          case 9835:
            emit('failed', 'too-many-attempts');
            break;
          case 9836:
            emit('failed', 'authentication-failed');
            break;
          default:
            emit('failed', 'error');
        }
      }
    };
    onMounted(() => window.addEventListener('message', onMessage));
    onBeforeUnmount(() => window.removeEventListener('message', onMessage));
    return () => (
      <iframe src={props.href} width="100%" height="710" allow="camera;fullscreen;accelerometer;gyroscope;magnetometer" allowfullscreen />
    );
  },
});
