// Restify 8 route (callback style with next()), request library.
const restify = require('restify');
const request = require('request');

const server = restify.createServer({ name: 'kyc-gateway' });
server.use(restify.plugins.bodyParser());

server.post('/verifications', function createVerification(req, res, next) {
  const payload = {
    customerInternalReference: req.body.customerId,
    userReference: req.body.customerId,
    workflowId: 101,
    successUrl: 'https://www.cohowinery.example/verify/ok',
    errorUrl: 'https://www.cohowinery.example/verify/ko',
  };
  request.post(
    {
      uri: 'https://netverify.com/api/v4/initiate',
      body: payload,
      json: true,
      auth: { user: process.env.JUMIO_API_TOKEN, pass: process.env.JUMIO_API_SECRET },
      headers: { 'User-Agent': 'CohoWinery AgeCheck/1.0' },
    },
    function (err, response, body) {
      if (err) return next(err);
      res.send(201, { redirect: body.redirectUrl, scan: body.transactionReference });
      return next();
    },
  );
});

server.listen(process.env.PORT || 8080);
