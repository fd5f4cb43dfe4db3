import { makeEventListener } from '@solid-primitives/event-listener';
import { createSignal, Show } from 'solid-js';

// The issuer's 3-D Secure challenge runs in a frame; the ACS page posts the outcome back.
export function ThreeDsChallenge(props: { acsUrl: string; onDone: (ref: string) => void }) {
  const [failed, setFailed] = createSignal(false);
  makeEventListener(window, 'message', (event: MessageEvent<string>) => {
    const data = JSON.parse(event.data);
    if (data.payload?.value === 'success') props.onDone(data.transactionReference);
    else if (data.payload?.value === 'error') setFailed(true);
  });
  return (
    <>
      <iframe src={props.acsUrl} title="3-D Secure" width="400" height="600" />
      <Show when={failed()}><p role="alert">Your bank declined the challenge.</p></Show>
    </>
  );
}
