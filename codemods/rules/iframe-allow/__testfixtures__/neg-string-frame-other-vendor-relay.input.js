// The same in-app page for a card-payment provider's 3-D Secure frame: its relay checks the provider's origin, and the
// frame's src is the provider's URL. Not the web client: nothing to say.
function challengePage(challengeUrl) {
  return '<!DOCTYPE html><html><body style="margin:0">' +
    '<iframe src="' + challengeUrl + '" allow="payment" style="border:0;width:100%;height:100%"></iframe>' +
    '<script>window.addEventListener("message", function (e) {' +
    ' if (!/\\.acs\\.cardissuer\\.example$/.test(e.origin)) return;' +
    ' webkit.messageHandlers.cordova_iab.postMessage(JSON.stringify({ threeDs: e.data }));' +
    '});</script></body></html>';
}

module.exports = { challengePage };
