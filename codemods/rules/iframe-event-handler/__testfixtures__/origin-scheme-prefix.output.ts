// The origin check pairs a scheme test with the host suffix (`startsWith('https://')` and `endsWith('.netverify.com')`):
// a scheme names no vendor, so the check is Jumio's alone and the handler is proven; the suffix is translated. It was
// read as another vendor's origin and the handler left legacy (hold-out round 21 front end, 01 and 06).
export function listen(onDone: (reference: string) => void): void {
  window.addEventListener('message', (event: MessageEvent<string>) => {
    if (!event.origin.startsWith('https://') || !event.origin.endsWith('.jumio.ai')) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') onDone(data.workflowExecutionId);
  });
}
