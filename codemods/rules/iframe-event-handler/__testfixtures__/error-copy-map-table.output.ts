// Copy for the Jumio web client's error codes in a Map the handler looks up: its 9836 entry is flagged too.
const JUMIO_ERROR_COPY = new Map<number, string>([
  [9100, 'Please try again in a few minutes.'],
  [9200, 'This check has timed out.'],
  [9820, 'We cannot use your camera.'],
  // TODO(netverify-migrate): iframe-event-handler: error code 9836 changed meaning on KYX: it now means "authentication failure"; the legacy meaning ("no acceptable submission in 3 attempts") is 9835 — decide which of the two this code stands for here
  [9836, 'We could not accept your photos after three tries.'],
]);

export function listen(show: (text: string) => void): void {
  window.addEventListener('message', (event: MessageEvent<string>) => {
    if (!event.origin.endsWith('.jumio.ai')) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'error') show(JUMIO_ERROR_COPY.get(data.payload.metainfo.code) ?? `${data.workflowExecutionId}`);
  });
}
