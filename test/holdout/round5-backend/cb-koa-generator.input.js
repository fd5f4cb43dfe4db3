var koa = require('koa');
var route = require('koa-route');
var parse = require('co-body');
var db = require('./db');

var app = koa();

app.use(route.post('/jumio/auth-callback', function* () {
  var form = yield parse.form(this);
  if (form.callBackType !== 'NETVERIFY_AUTHENTICATION') {
    this.status = 204;
    return;
  }
  yield db.faceAuth.update(form.transactionReference, {
    result: form.transactionResult,
    face: form.idScanImageFace
  });
  this.status = 200;
}));

module.exports = app;
