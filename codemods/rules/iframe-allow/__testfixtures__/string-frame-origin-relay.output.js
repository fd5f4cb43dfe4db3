// A Cordova app's in-app page, written as a string: the frame beside a relay that checks the legacy web client's
// origin and forwards the posted string to the app unparsed. The string is code: flagged above it, never edited.
function identityPage(frameUrl) {
  // TODO(netverify-migrate): iframe-allow: an <iframe> inside a string (server-rendered markup) shows the web client (the same markup holds a message listener checking a Jumio origin): the KYX web client needs allow="camera;fullscreen;accelerometer;gyroscope;magnetometer" and allowfullscreen
  return '<!DOCTYPE html><html><body style="margin:0">' +
    '<iframe src="' + frameUrl + '" allow="camera" style="border:0;width:100%;height:100%"></iframe>' +
    '<script>window.addEventListener("message", function (e) {' +
    ' if (!/\\.netverify\\.com$/.test(e.origin)) return;' +
    ' webkit.messageHandlers.cordova_iab.postMessage(JSON.stringify({ jumio: e.data }));' +
    '});</script></body></html>';
}

module.exports = { identityPage };
