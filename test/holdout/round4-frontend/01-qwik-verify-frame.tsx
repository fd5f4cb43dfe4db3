import { component$, useSignal, useVisibleTask$, type QRL } from '@builder.io/qwik';

interface Props {
  href: string;
  onDone$: QRL<(reference: string) => void>;
  onFailed$: QRL<(code?: number) => void>;
}

/** Embeds the Netverify authentication client and reports the outcome to the checkout flow. */
export const VerifyFrame = component$<Props>(({ href, onDone$, onFailed$ }) => {
  const loaded = useSignal(false);

  useVisibleTask$(({ cleanup }) => {
    const onMessage = (ev: MessageEvent) => {
      if (!ev.origin.endsWith('.netverify.com')) return;
      const data = JSON.parse(ev.data);
      switch (data.payload.value) {
        case 'loaded':
          loaded.value = true;
          break;
        case 'success':
          onDone$(data.transactionReference);
          break;
        case 'error':
          onFailed$(data.payload.metainfo?.code);
          break;
      }
    };
    window.addEventListener('message', onMessage);
    cleanup(() => window.removeEventListener('message', onMessage));
  });

  return (
    <div class={{ 'verify-frame': true, 'is-loading': !loaded.value }}>
      <iframe src={href} width="100%" height="660" allow="camera;fullscreen" allowFullScreen />
    </div>
  );
});
