// Card payment return page: the acquirer appends its own status values.
var q = location.search;
var status = (/[?&]transactionStatus=([^&]*)/.exec(q) || [])[1];
var reference = (/[?&]transactionReference=([^&]*)/.exec(q) || [])[1];
document.title = status === 'CAPTURED' ? 'Paid: ' + reference : 'Not paid';
