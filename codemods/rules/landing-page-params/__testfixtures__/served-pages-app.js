// Support module for served-by-landing-route / neg-served-by-other-route: an Express app whose success route (the
// initiate's successUrl) sends a static page, and whose order page is another static page of the app.
const express = require('express');
const request = require('request');

const app = express();

app.get('/verified', (req, res) => {
  res.sendFile(__dirname + '/served-by-landing-route.input.html');
});

app.get('/orders/done', (req, res) => {
  res.sendFile(__dirname + '/neg-served-by-other-route.input.html');
});

app.post('/start', (req, res) => {
  request({
    method: 'POST',
    url: 'https://netverify.com/api/v4/initiate',
    auth: { user: process.env.JUMIO_TOKEN, pass: process.env.JUMIO_SECRET },
    json: { customerInternalReference: req.body.ref, userReference: req.body.user, successUrl: `${process.env.APP_URL}/verified` },
  }, (err, response, body) => (err ? res.status(502).end() : res.redirect(body.redirectUrl)));
});

module.exports = app;
