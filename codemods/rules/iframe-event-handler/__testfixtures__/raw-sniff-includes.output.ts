export function attachJumioListener(done: (ok: boolean, ref?: string) => void) {
  const listener = (event: MessageEvent<string>) => {
    if (typeof event.data !== 'string' || !event.data.includes('workflowExecutionId')) return;
    const parsed = JSON.parse(event.data) as { workflowExecutionId: string; payload: { value: string } };
    if (parsed.payload.value === 'loaded') return;
    done(parsed.payload.value === 'success', parsed.workflowExecutionId);
  };
  addEventListener('message', listener);
  return () => removeEventListener('message', listener);
}
