import { $, component$, useSignal, type QRL } from '@builder.io/qwik';

// Identity check step of the account recovery flow (Netverify authentication web client in a frame).
// Qwik listens on the window through the element's `window:onMessage$` attribute: the listener is only
// downloaded and attached once the step is rendered, and goes away with it.

interface FrameMessage {
  authorizationToken: string;
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
}

export interface IdentityCheckProps {
  frameUrl: string;
  onVerified$: QRL<(reference: string) => void>;
}

export const IdentityCheck = component$<IdentityCheckProps>(({ frameUrl, onVerified$ }) => {
  const phase = useSignal<'loading' | 'capturing' | 'failed'>('loading');
  const errorCode = useSignal<number>();

  const onFrameMessage = $(async (event: MessageEvent) => {
    if (!event.origin.includes('netverify.com')) return;
    const message = JSON.parse(event.data) as FrameMessage;
    switch (message.payload.value) {
      case 'loaded':
        phase.value = 'capturing';
        break;
      case 'success':
        await onVerified$(message.transactionReference);
        break;
      case 'error':
        errorCode.value = message.payload.metainfo?.code;
        phase.value = 'failed';
        break;
    }
  });

  return (
    <div class="identity-check" window:onMessage$={onFrameMessage}>
      {phase.value === 'failed' ? (
        <p class="identity-check__error" role="alert">
          The identity check stopped (code {errorCode.value}). <a href="/account/recover">Start again</a>
        </p>
      ) : (
        <iframe src={frameUrl} title="Identity check" width={640} height={660} allow="camera;fullscreen" allowFullScreen />
      )}
    </div>
  );
});
