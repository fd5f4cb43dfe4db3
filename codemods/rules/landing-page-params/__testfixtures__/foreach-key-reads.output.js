// Identity check return page: walks the redirect parameters.
const result = {};
new URLSearchParams(window.location.search).forEach(function (value, key) {
  switch (key) {
    case 'acquisitionStatus':
      result.ok = value === 'SUCCESS';
      break;
    case 'errorCode':
      result.code = value;
      break;
  }
  if ('workflowExecutionId' === key) result.reference = value;
});
document.getElementById('kyc-result').textContent = result.ok ? 'Verified ' + result.reference : 'Failed ' + result.code;
