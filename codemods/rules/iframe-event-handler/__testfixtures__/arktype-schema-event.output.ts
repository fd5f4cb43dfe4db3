// The frame's events checked by an ArkType schema (assert throws on anything else); the reference is optional there.
import { type } from 'arktype';

const JumioFrameEvent = type({
  'workflowExecutionId?': 'string',
  payload: { value: "'loaded' | 'success' | 'error'" },
});

export function onIdentityFrame(done: (reference: string | undefined) => void): void {
  window.addEventListener('message', (event: MessageEvent<string>) => {
    // TODO(netverify-migrate): iframe-event-handler: origin check now expects acme.web.amer-1.jumio.ai: the legacy host does not tell the region; the vendor states only the amer-1 web-client host (emea-1/apac-1 follow the shape seen in third-party code, not stated by the vendor); otherwise use acme.web.emea-1.jumio.ai or acme.web.apac-1.jumio.ai, or compare with new URL(web.href).origin
    if (event.origin !== 'https://acme.web.amer-1.jumio.ai') return;
    const data = JumioFrameEvent.assert(JSON.parse(event.data));
    if (data.payload.value === 'success') done(data.workflowExecutionId);
  });
}
