// The origin's host is assigned in a try block to a variable declared before it (`let host; try { host = new
// URL(event.origin).hostname } catch { return }`): its check is translated like one on a const (hold-out round 19
// front end, 03).
export function listen(onDone: (reference: string) => void): () => void {
  const handler = (event: MessageEvent) => {
    let host: string;
    try {
      host = new URL(event.origin).hostname;
    } catch {
      return;
    }
    if (!host.endsWith('.jumio.ai')) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') onDone(data.workflowExecutionId);
  };
  window.addEventListener('message', handler);
  return () => window.removeEventListener('message', handler);
}
