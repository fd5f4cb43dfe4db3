// Static site: /identity/done and /identity/failed both load this script (the identity check's success and error URLs).
const RETURN_ROUTE = new URLPattern({ pathname: '/identity/:outcome(done|failed)' });

function readIdentityReturn(href) {
  const match = RETURN_ROUTE.exec(href);
  if (!match) return null;
  const query = new URLSearchParams(match.search.input);
  return {
    outcome: match.pathname.groups.outcome,
    status: query.get('transactionStatus'),
    reference: query.get('transactionReference'),
    errorCode: query.get('errorCode'),
  };
}

const result = readIdentityReturn(window.location.href);
if (result) {
  const box = document.querySelector('#identity-result');
  if (result.status === 'SUCCESS') {
    box.textContent = `Identity verified (reference ${result.reference}).`;
  } else {
    box.textContent = `Identity check failed${result.errorCode ? ` (code ${result.errorCode})` : ''}.`;
  }
}
