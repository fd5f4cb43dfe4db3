// Any page of the app: drops tracking and stale outcome parameters from the address bar before the router starts.
const params = new URLSearchParams(window.location.search);
params.delete('transactionStatus');
params.delete('transactionReference');
params.delete('fbclid');
const rest = params.toString();
history.replaceState(history.state, '', window.location.pathname + (rest ? `?${rest}` : ''));
