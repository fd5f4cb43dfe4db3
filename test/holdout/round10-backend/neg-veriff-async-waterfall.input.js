// Veriff session, async.waterfall + request callbacks (the same style as the old Jumio login step).
const async = require('async');
const request = require('request');

function startVeriff(user, done) {
  async.waterfall(
    [
      function create(cb) {
        request.post(
          {
            url: 'https://stationapi.veriff.com/v1/sessions',
            json: { verification: { callback: 'https://app.acme.example/veriff/done', person: { firstName: user.firstName }, vendorData: user.id } },
            headers: { 'X-AUTH-CLIENT': process.env.VERIFF_API_KEY },
          },
          function (err, res, body) {
            cb(err, body);
          },
        );
      },
      function remember(body, cb) {
        cb(null, { redirectUrl: body.verification.url, transactionReference: body.verification.id });
      },
    ],
    done,
  );
}

module.exports = { startVeriff };
