// Builds a query string with these names (a redirect to our own page): nothing is read.
const qs = new URLSearchParams({ transactionStatus: 'SUCCESS', transactionReference: ref });
qs.set('errorCode', '0');
location.assign('/done?' + qs.toString());
