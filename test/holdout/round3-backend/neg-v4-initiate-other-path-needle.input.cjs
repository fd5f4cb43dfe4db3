const needle = require('needle');

// Mobile-money wallet: login step 1 of their v4 API.
exports.walletLogin = function walletLogin(msisdn, cb) {
  needle.post('https://api.mpesa-gateway.example/api/user/login/v4/initiate', { msisdn, channel: 'WEB' }, { json: true }, function (err, resp) {
    if (err) return cb(err);
    cb(null, { transactionReference: resp.body.transactionReference, redirectUrl: resp.body.redirectUrl });
  });
};
