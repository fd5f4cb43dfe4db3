// Identity check return page (Netverify), query parsed with url-parse.
import Url from 'url-parse';

const { query } = new Url(window.location.href, true);
if (query.transactionStatus === 'SUCCESS') {
  showDone(query.transactionReference);
} else {
  showError(query.errorCode);
}

function showDone(ref) { document.body.dataset.kyc = 'done:' + ref; }
function showError(code) { document.body.dataset.kyc = 'error:' + code; }
