// Jumio success/error page: the parameters are read in one go, in the order of NAMES.
const NAMES = ['acquisitionStatus', 'workflowExecutionId', 'errorCode'];
const params = new URLSearchParams(window.location.search);
const [status, reference, code] = NAMES.map((name) => params.get(name));
document.getElementById('status').textContent = status === 'SUCCESS' ? `Submitted (${reference})` : `Failed: ${code}`;

// Keyed by the names themselves: the readers of `byName` would miss renamed keys, so this one is left as it is.
const byName = {};
['transactionStatus', 'transactionReference'].forEach((n) => { byName[n] = params.get(n); });
