// koa 1.x app, still on generators (co). Yes, we know.
var koa = require('koa');
var route = require('koa-route');
var parse = require('co-body');
var rp = require('request-promise');

var app = koa();

var JUMIO_INITIATE = 'https://netverify.com/api/authentication/v1/web/initiate';

app.use(route.post('/face/start', function* () {
  var input = yield parse.json(this);
  var result = yield rp.post({
    uri: JUMIO_INITIATE,
    json: true,
    auth: { user: process.env.JUMIO_TOKEN, pass: process.env.JUMIO_SECRET, sendImmediately: true },
    headers: { 'User-Agent': 'Oldtown Lending/1.0' },
    body: {
      enrollmentTransactionReference: input.enrollment,
      userReference: input.user,
      callbackUrl: 'https://oldtown.example/jumio/cb'
    }
  });
  this.body = { url: result.redirectUrl, reference: result.transactionReference };
}));

app.listen(3000);
