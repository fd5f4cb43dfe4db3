// Face login of the online banking (US data centre). The client was written for Node 4 and never rewritten: an ES5
// constructor with prototype methods, the request library with its URL-first signature and node-style callbacks.
'use strict';

var request = require('request');

var INITIATE_URL = 'https://netverify.com/api/authentication/v1/web/initiate';

function FaceLoginClient(options) {
  if (!(this instanceof FaceLoginClient)) {
    return new FaceLoginClient(options);
  }
  this.token = options.token;
  this.secret = options.secret;
  this.userAgent = options.userAgent || 'Harbour Credit Union Online/5.2';
  this.publicUrl = options.publicUrl;
}

FaceLoginClient.fromEnv = function () {
  return new FaceLoginClient({
    token: process.env.JUMIO_API_TOKEN,
    secret: process.env.JUMIO_API_SECRET,
    publicUrl: process.env.PUBLIC_URL,
  });
};

FaceLoginClient.prototype.initiate = function (member, done) {
  var self = this;
  request.post(INITIATE_URL, {
    json: true,
    body: {
      enrollmentTransactionReference: member.jumioScanReference,
      userReference: member.id,
      callbackUrl: self.publicUrl + '/hooks/face-login',
      successUrl: self.publicUrl + '/banking/face-login/done',
      errorUrl: self.publicUrl + '/banking/face-login/failed',
      locale: member.locale,
      tokenLifetimeInMinutes: 20,
    },
    auth: { user: self.token, pass: self.secret },
    headers: { 'User-Agent': self.userAgent },
  }, function (err, res, body) {
    if (err) {
      return done(err);
    }
    if (res.statusCode !== 200) {
      return done(new Error('face login could not start: HTTP ' + res.statusCode));
    }
    done(null, { url: body.redirectUrl, reference: body.transactionReference });
  });
};

module.exports = FaceLoginClient;
