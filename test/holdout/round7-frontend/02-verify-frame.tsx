import { component$, useOnWindow, useSignal, $ } from '@builder.io/qwik';

interface Props {
  frameUrl: string;
}

export const VerifyFrame = component$<Props>(({ frameUrl }) => {
  const reference = useSignal<string | null>(null);
  const step = useSignal('loading');

  useOnWindow(
    'message',
    $((event: Event) => {
      const e = event as MessageEvent;
      if (!e.origin.endsWith('.netverify.com')) return;
      const data = JSON.parse(e.data);
      step.value = data.payload.value;
      if (data.payload.value === 'success') {
        reference.value = data.transactionReference;
      }
    }),
  );

  return (
    <div class="verify">
      <p>Step: {step.value}</p>
      <iframe src={frameUrl} width="640" height="660" allow="camera;fullscreen" allowFullScreen />
      {reference.value && <p>Reference {reference.value}</p>}
    </div>
  );
});
