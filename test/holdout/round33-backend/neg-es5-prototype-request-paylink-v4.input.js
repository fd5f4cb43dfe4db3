// Hosted card checkout of the web shop. The acquirer's client was written for Node 4 and never rewritten: an ES5
// constructor with prototype methods, the request library with its URL-first signature and node-style callbacks.
'use strict';

var request = require('request');

var PAYLINK_INITIATE = 'https://gateway.merchantpay.example/api/v4/initiate';

function PaylinkClient(options) {
  if (!(this instanceof PaylinkClient)) {
    return new PaylinkClient(options);
  }
  this.merchantId = options.merchantId;
  this.apiKey = options.apiKey;
  this.userAgent = options.userAgent || 'Harbour Outfitters Checkout/2.0';
  this.publicUrl = options.publicUrl;
}

PaylinkClient.fromEnv = function () {
  return new PaylinkClient({
    merchantId: process.env.PAYLINK_MERCHANT_ID,
    apiKey: process.env.PAYLINK_API_KEY,
    publicUrl: process.env.PUBLIC_URL,
  });
};

PaylinkClient.prototype.initiate = function (order, done) {
  var self = this;
  request.post(PAYLINK_INITIATE, {
    json: true,
    body: {
      merchantReference: order.id,
      amount: order.totalCents,
      currency: order.currency,
      callbackUrl: self.publicUrl + '/hooks/paylink',
      successUrl: self.publicUrl + '/checkout/paid',
      errorUrl: self.publicUrl + '/checkout/failed',
      locale: order.locale,
      tokenLifetimeInMinutes: 20,
    },
    auth: { user: self.merchantId, pass: self.apiKey },
    headers: { 'User-Agent': self.userAgent },
  }, function (err, res, body) {
    if (err) {
      return done(err);
    }
    if (res.statusCode !== 200) {
      return done(new Error('checkout could not start: HTTP ' + res.statusCode));
    }
    done(null, { url: body.redirectUrl, reference: body.transactionReference });
  });
};

module.exports = PaylinkClient;
