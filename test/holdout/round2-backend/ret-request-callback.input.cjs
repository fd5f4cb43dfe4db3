const request = require('request');

const RETRIEVAL_URL = 'https://netverify.com/api/netverify/v2/authentications/';

module.exports = function fetchAuthentication(reference, done) {
  request.get(
    {
      url: RETRIEVAL_URL + reference,
      json: true,
      auth: { user: process.env.JUMIO_TOKEN, pass: process.env.JUMIO_SECRET },
      headers: { 'User-Agent': 'Hooli Auth/0.3' },
    },
    (err, response, body) => {
      if (err) return done(err);
      if (response.statusCode !== 200) return done(new Error('retrieval status ' + response.statusCode));
      done(null, { status: body.transactionResult, source: body.scanSource, face: body.images && body.images[0] && body.images[0].href });
    },
  );
};
