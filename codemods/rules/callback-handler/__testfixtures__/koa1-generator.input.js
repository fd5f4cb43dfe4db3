var koa = require('koa');
var route = require('koa-route');
var parse = require('co-body');
var db = require('./db');

var app = koa();

app.use(route.post('/hooks/face', function* () {
  var form = yield parse.form(this);
  yield db.faceAuth.update(form.transactionReference, {
    result: form.transactionResult,
    enrollment: form.enrollmentTransactionReference,
    face: form.idScanImageFace
  });
  this.status = 200;
}));

module.exports = app;
