// One regex accepts both web clients (a kill switch can bring the legacy one back): a handler written for both.
const FRAME_ORIGIN = /^https:\/\/acme\.(?:netverify\.com|web\.amer-1\.jumio\.ai)$/;

export function listen(onDone: (reference: string) => void): void {
  window.addEventListener('message', (event: MessageEvent) => {
    if (!FRAME_ORIGIN.test(event.origin)) return;
    const data = JSON.parse(event.data);
    const reference = data.workflowExecutionId || data.transactionReference;
    if (data.payload.value === 'success') onDone(reference);
  });
}
