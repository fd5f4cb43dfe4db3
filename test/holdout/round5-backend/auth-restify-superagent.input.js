'use strict';
const restify = require('restify');
const superagent = require('superagent');

const server = restify.createServer({ name: 'kiosk-api' });
server.use(restify.plugins.bodyParser());

const AUTH_INITIATE = 'https://core-sgp.jumio.com/api/authentication/v1/web/initiate';

server.post('/kiosk/:id/face', function (req, res, next) {
  superagent
    .post(AUTH_INITIATE)
    .auth(process.env.JUMIO_USER, process.env.JUMIO_PASS)
    .type('json')
    .set('User-Agent', 'Kiosk SG/1.0')
    .send({
      enrollmentTransactionReference: req.body.enrollment,
      userReference: req.params.id,
      locale: 'zh-HK',
    })
    .retry(2)
    .then(function (resp) {
      res.send(201, { url: resp.body.redirectUrl, ref: resp.body.transactionReference });
      next();
    })
    .catch(function (err) {
      next(err);
    });
});

server.listen(8080);
