// GCOX-style guards: only the identity check's events carry the reference (tested through static helpers).
export function attachKycListener(onVerified: (ref: string) => void, onFailed: (code: number) => void): () => void {
  const handler = (event: MessageEvent) => {
    let data: any;
    try {
      data = JSON.parse(String(event.data));
    } catch {
      return;
    }
    if (!Object.hasOwn(data, 'workflowExecutionId')) return;
    if (!Reflect.has(data, 'payload')) return;
    if (data.payload.value === 'loaded') return;
    const known = Object.prototype.hasOwnProperty.call(data, 'workflowExecutionId');
    if (known && data.payload.value === 'success') onVerified(data.workflowExecutionId);
    else onFailed(data.payload.metainfo.code);
  };
  window.addEventListener('message', handler);
  return () => window.removeEventListener('message', handler);
}
