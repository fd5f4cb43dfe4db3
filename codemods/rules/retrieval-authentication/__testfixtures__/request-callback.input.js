const request = require('request');

function fetchAuthentication(ref, done) {
  request.get(
    {
      url: 'https://lon.netverify.com/api/netverify/v2/authentications/' + ref,
      auth: { user: process.env.JUMIO_TOKEN, pass: process.env.JUMIO_SECRET },
      json: true,
    },
    (err, response, body) => {
      if (err) return done(err);
      done(null, body.transactionResult);
    },
  );
}

module.exports = fetchAuthentication;
