import type { Directive } from 'vue';

// v-kyc-frame on the <iframe> of the verification page: sets its permissions and listens to the web client.
export const vKycFrame: Directive<HTMLIFrameElement, (ref: string) => void> = {
  mounted(el, binding) {
    el.allow = 'camera;fullscreen;accelerometer;gyroscope;magnetometer';
    el.allowFullscreen = true;
    const onMessage = (event: MessageEvent) => {
      if (!event.origin.endsWith('.netverify.com')) return;
      const data = JSON.parse(event.data);
      if (data.payload.value === 'success') binding.value(data.transactionReference);
    };
    window.addEventListener('message', onMessage);
    (el as HTMLIFrameElement & { _off?: () => void })._off = () => window.removeEventListener('message', onMessage);
  },
  unmounted(el) {
    (el as HTMLIFrameElement & { _off?: () => void })._off?.();
  },
};
