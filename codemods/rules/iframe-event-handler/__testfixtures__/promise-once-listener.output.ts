// The web client's next message awaited as a promise resolved by a once-listener.
export async function waitForIdentityResult(): Promise<string | undefined> {
  for (;;) {
    const e = await new Promise<MessageEvent>((resolve) => window.addEventListener('message', resolve, { once: true }));
    // TODO(netverify-migrate): iframe-event-handler: origin check now expects acme.web.amer-1.jumio.ai: the legacy host does not tell the region; the vendor states only the amer-1 web-client host (emea-1/apac-1 follow the shape seen in third-party code, not stated by the vendor); otherwise use acme.web.emea-1.jumio.ai or acme.web.apac-1.jumio.ai, or compare with new URL(web.href).origin
    if (e.origin !== 'https://acme.web.amer-1.jumio.ai') continue;
    const data = JSON.parse(e.data);
    if (data.payload.value === 'success') return data.workflowExecutionId;
    if (data.payload.value === 'error') return undefined;
  }
}
