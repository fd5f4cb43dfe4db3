// The success/error page parses the query string itself.
function getQueryParams() {
  var query = {};
  var pairs = window.location.search.substring(1).split('&');
  for (var i = 0; i < pairs.length; i++) {
    var kv = pairs[i].split('=');
    query[decodeURIComponent(kv[0])] = decodeURIComponent(kv[1] || '');
  }
  return query;
}

const parse = (search) => Object.fromEntries(search.slice(1).split('&').map((p) => p.split('=')));

var q = getQueryParams();
if (q.acquisitionStatus === 'SUCCESS') {
  show('Submitted: ' + q.workflowExecutionId);
}
const { acquisitionStatus: transactionStatus, workflowExecutionId: transactionReference } = parse(location.search);
log(transactionStatus, transactionReference);
