import { $, component$, useOnWindow, useSignal, type QRL } from '@builder.io/qwik';

export interface IdentityFrameProps {
  frameUrl: string;
  onVerified$: QRL<(reference: string) => void>;
}

export const IdentityFrame = component$<IdentityFrameProps>(({ frameUrl, onVerified$ }) => {
  const step = useSignal<'loading' | 'capturing' | 'failed'>('loading');
  const errorCode = useSignal<number | undefined>();

  useOnWindow(
    'message',
    $(async (event: Event) => {
      const message = event as MessageEvent<string>;
      if (!message.origin.endsWith('.netverify.com')) return;
      const data = JSON.parse(message.data);
      if (data.payload.value === 'loaded') step.value = 'capturing';
      if (data.payload.value === 'success') await onVerified$(data.transactionReference);
      if (data.payload.value === 'error') {
        step.value = 'failed';
        errorCode.value = data.payload.metainfo?.code;
      }
    }),
  );

  return (
    <div class="identity">
      {step.value === 'failed' ? (
        <p class="identity-error">Verification failed ({errorCode.value}).</p>
      ) : (
        <iframe src={frameUrl} title="Identity check" allow="camera;fullscreen" width={640} height={660} />
      )}
    </div>
  );
});
