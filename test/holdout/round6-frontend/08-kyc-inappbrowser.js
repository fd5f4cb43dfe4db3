// Cordova app: the identity check opens in the system InAppBrowser and we watch for the success/error URL.
var KYC_RETURN = 'https://m.example-bank.com/kyc/return';

function openIdentityCheck(redirectUrl, done) {
  var ref = cordova.InAppBrowser.open(redirectUrl, '_blank', 'location=no,toolbar=no');
  ref.addEventListener('loadstart', function (event) {
    if (event.url.indexOf(KYC_RETURN) !== 0) return;
    ref.close();
    var params = new URLSearchParams(event.url.split('?')[1] || '');
    var status = params.get('transactionStatus');
    var reference = params.get('transactionReference');
    done(status === 'SUCCESS', reference, params.get('errorCode'));
  });
}

module.exports = { openIdentityCheck: openIdentityCheck };
