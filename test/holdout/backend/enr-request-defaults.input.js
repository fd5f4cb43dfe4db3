const request = require('request');

const jumio = request.defaults({
  baseUrl: 'https://netverify.com/api',
  auth: { user: process.env.JUMIO_TOKEN, pass: process.env.JUMIO_SECRET },
  json: true,
});

function initiate(customerInternalReference, cb) {
  jumio.post('/v4/initiate', { body: { customerInternalReference, workflowId: 100 } }, (err, res, body) => {
    if (err) return cb(err);
    cb(null, body.redirectUrl);
  });
}

module.exports = { initiate };
