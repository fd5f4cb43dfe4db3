// The legacy success page is a route of this app (route proof: it is the initiate's successUrl), and so is the
// app's own status API, which its front end calls with ?transactionReference=… — that one is not Jumio's redirect
// and must keep its parameter, although both handlers spell the query the same way.
const express = require('express');
const request = require('request');
const url = require('url');
const users = require('./users');

const app = express();

app.get('/status', function (req, res) {
  var queryData = url.parse(req.url, true).query;
  var user = users.byTransaction(queryData.transactionReference);
  res.json({ status: user ? user.status : 'PENDING' });
});

app.get('/verified', function (req, res) {
  var queryData = url.parse(req.url, true).query;
  if (queryData.transactionStatus == 'SUCCESS') res.sendFile(__dirname + '/html/register.html');
  else res.redirect('/error');
});

app.post('/go', function (req, res) {
  request({
    method: 'POST',
    url: 'https://netverify.com/api/v4/initiate',
    headers: { Authorization: 'Basic ' + process.env.JUMIO_AUTH, 'User-Agent': 'Shop/1.0' },
    body: {
      customerInternalReference: 'shop-' + Date.now(),
      userReference: req.body.user,
      successUrl: process.env.APP_URL + '/verified',
      errorUrl: process.env.APP_URL + '/error',
    },
    json: true,
  }, function (error, response, body) {
    if (error) return res.status(502).end();
    users.save(req.body.user, body.transactionReference);
    res.redirect(body.redirectUrl);
  });
});

app.listen(3000);
