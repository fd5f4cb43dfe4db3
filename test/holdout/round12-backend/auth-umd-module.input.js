// A UMD module (AMD / CommonJS / global) wrapping a face-login client built on the global fetch (SGP).
(function (root, factory) {
  if (typeof define === 'function' && define.amd) define([], factory);
  else if (typeof module === 'object' && module.exports) module.exports = factory();
  else root.FaceLogin = factory();
})(typeof self !== 'undefined' ? self : this, function () {
  var INITIATE = 'https://core-sgp.jumio.com/api/authentication/v1/web/initiate';

  function start(enrollment, userId, credentials) {
    return fetch(INITIATE, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: 'Basic ' + Buffer.from(credentials.token + ':' + credentials.secret).toString('base64'),
        'User-Agent': 'Acme Kiosk/0.9',
      },
      body: JSON.stringify({ enrollmentTransactionReference: enrollment, userReference: userId }),
    })
      .then(function (res) { return res.json(); })
      .then(function (json) { return { url: json.redirectUrl, reference: json.transactionReference }; });
  }

  return { start: start };
});
