const params = new URLSearchParams(window.location.search);
const status = params.get('acquisitionStatus') ?? params.get('transactionStatus');
const id = params.get('workflowExecutionId') ?? params.get('transactionReference');
show(status, id);
