var koa = require('koa');
var route = require('koa-route');
var parse = require('co-body');
var orders = require('./orders');

var app = koa();

// Card acquirer notification (form-encoded): payments only.
app.use(route.post('/payments/notify', function* () {
  var form = yield parse.form(this);
  yield orders.settle(form.transactionReference, {
    approved: form.transactionResult === 'APPROVED',
    at: form.transactionDate
  });
  this.status = 200;
}));

module.exports = app;
