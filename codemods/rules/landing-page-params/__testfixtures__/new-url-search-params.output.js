const url = new URL(window.location.href);
const status = url.searchParams.get('acquisitionStatus');
const ref = url.searchParams.get('workflowExecutionId');
render(status, ref);
