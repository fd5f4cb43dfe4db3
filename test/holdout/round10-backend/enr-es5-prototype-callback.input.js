// ES5 client (SGP) with node-style callbacks, as the first integration was written.
var request = require('request');

function JumioOnboarding(options) {
  this.token = options.token;
  this.secret = options.secret;
}

JumioOnboarding.prototype.createVerification = function (customer, cb) {
  request.post(
    {
      url: 'https://core-sgp.jumio.com/api/v4/initiate',
      json: true,
      body: {
        customerInternalReference: customer.id,
        userReference: customer.id,
        workflowId: 200,
        presets: [{ index: 1, country: 'SGP', type: 'ID_CARD' }],
      },
      auth: { user: this.token, pass: this.secret },
    },
    function (err, res, body) {
      if (err) return cb(err);
      if (res.statusCode !== 200) return cb(new Error('Jumio: ' + res.statusCode));
      cb(null, { url: body.redirectUrl, ref: body.transactionReference });
    },
  );
};

module.exports = JumioOnboarding;
