// A landing page written for KYX (acquisitionStatus, workflowExecutionId, accountId; no legacy name) that compares
// errorCode with 9836 means KYX's 9836 (authentication failure): no item, the file untouched (hold-out round 20
// front end, 47). A page this tool migrated keeps its marker above the comparison, and reruns report it again.
export function readResult(url: URL) {
  const status = url.searchParams.get('acquisitionStatus');
  const workflowExecutionId = url.searchParams.get('workflowExecutionId');
  const accountId = url.searchParams.get('accountId');
  const errorCode = url.searchParams.get('errorCode');
  return { verified: status === 'SUCCESS', workflowExecutionId, accountId, faceMismatch: errorCode === '9836' };
}
