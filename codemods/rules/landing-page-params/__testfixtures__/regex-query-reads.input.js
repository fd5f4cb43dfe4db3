// identity-return.js: Jumio's successUrl and errorUrl; the query is read with regular expressions.
var STATUS_RE = /[?&]transactionStatus=([^&#]*)/;
var href = window.location.href;
var status = (STATUS_RE.exec(href) || [])[1];
var match = href.match(/[?&]transactionReference=([^&#]*)/);
var reference = match ? decodeURIComponent(match[1]) : '';
var code = (/[?&]errorCode=(\d+)/.exec(href) || [])[1];
if (status === 'SUCCESS') {
  document.getElementById('result').textContent = 'Verified (' + reference + ')';
} else {
  document.getElementById('result').textContent = 'Verification failed (' + code + ')';
}
// A regular expression over another string is not the page's query.
var logLine = 'transactionStatus=SUCCESS';
var fromLog = /transactionStatus=(\w+)/.exec(logLine);
