// Old-school query parsing on the Netverify success/error landing page.
function getQueryParams() {
  var query = {};
  var pairs = window.location.search.substring(1).split('&');
  for (var i = 0; i < pairs.length; i++) {
    var kv = pairs[i].split('=');
    query[decodeURIComponent(kv[0])] = decodeURIComponent(kv[1] || '');
  }
  return query;
}

var q = getQueryParams();
if (q.transactionStatus === 'SUCCESS') {
  document.getElementById('msg').innerHTML = 'Verification submitted (' + q.transactionReference + ').';
} else if (q.transactionStatus === 'ERROR') {
  document.getElementById('msg').innerHTML = 'Verification failed with code ' + q.errorCode + '.';
}
