import { component$, useVisibleTask$, type QRL } from '@builder.io/qwik';

// 3-D Secure challenge: the ACS page posts the outcome back through our return page.
export const ThreeDsChallenge = component$<{ acsUrl: string; onResult$: QRL<(ok: boolean, ref: string) => void> }>(
  ({ acsUrl, onResult$ }) => {
    useVisibleTask$(({ cleanup }) => {
      const onMessage = (ev: MessageEvent) => {
        let data;
        try {
          data = JSON.parse(ev.data);
        } catch {
          return;
        }
        if (data.type !== 'threeds-complete') return;
        onResult$(data.payload.value === 'success' && data.status === 'Y', data.transactionReference);
      };
      window.addEventListener('message', onMessage);
      cleanup(() => window.removeEventListener('message', onMessage));
    });
    return <iframe src={acsUrl} width="400" height="600" allow="payment" />;
  },
);
