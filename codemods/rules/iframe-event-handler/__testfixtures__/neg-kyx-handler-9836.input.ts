// Already on the KYX web client (jumio.ai origin, workflowExecutionId): 9836 means KYX's "authentication failure"
// here, as the code says. Not flagged again on every run.
const MESSAGES: Record<number, string> = {
  9100: 'Please try again.',
  9835: 'We could not accept your photos after 3 attempts.',
  9836: 'We could not confirm it is you.',
};

window.addEventListener('message', (event: MessageEvent<string>) => {
  if (!event.origin.endsWith('.web.emea-1.jumio.ai')) return;
  const data = JSON.parse(event.data);
  if (data.payload.value === 'success') onDone(data.workflowExecutionId, data.accountId);
  if (data.payload.value === 'error' && data.payload.metainfo?.code === 9836) onFaceMismatch(data.workflowExecutionId);
  if (data.payload.value === 'error') showError(MESSAGES[data.payload.metainfo.code]);
});

declare function onDone(id: string, account: string): void;
declare function onFaceMismatch(id: string): void;
declare function showError(text: string | undefined): void;
