// CoffeeScript-compiled style kept by hand: a class IIFE wrapped in .call(this), request's callback API (EU).
(function() {
  var JumioFaceAuth, request;

  request = require('request');

  JumioFaceAuth = (function() {
    function JumioFaceAuth(options) {
      this.token = options.token;
      this.secret = options.secret;
    }

    JumioFaceAuth.prototype.start = function(enrollment, userId, done) {
      return request.post({
        url: 'https://lon.netverify.com/api/authentication/v1/web/initiate',
        json: {
          enrollmentTransactionReference: enrollment,
          userReference: userId,
          locale: 'nl'
        },
        auth: {
          user: this.token,
          pass: this.secret
        },
        headers: {
          'User-Agent': 'Acme Lease/1.2'
        }
      }, function(err, res, body) {
        if (err) {
          return done(err);
        }
        return done(null, body.redirectUrl, body.transactionReference);
      });
    };

    return JumioFaceAuth;

  })();

  module.exports = JumioFaceAuth;

}).call(this);
