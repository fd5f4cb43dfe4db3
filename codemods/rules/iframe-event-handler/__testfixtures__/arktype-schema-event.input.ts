// The frame's events checked by an ArkType schema (assert throws on anything else); the reference is optional there.
import { type } from 'arktype';

const JumioFrameEvent = type({
  'transactionReference?': 'string',
  payload: { value: "'loaded' | 'success' | 'error'" },
});

export function onIdentityFrame(done: (reference: string | undefined) => void): void {
  window.addEventListener('message', (event: MessageEvent<string>) => {
    if (event.origin !== 'https://acme.netverify.com') return;
    const data = JumioFrameEvent.assert(JSON.parse(event.data));
    if (data.payload.value === 'success') done(data.transactionReference);
  });
}
