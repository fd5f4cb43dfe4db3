// Express with express-ipfilter: only the SG callback IPs may post; the route reads the form.
const express = require('express');
const { IpFilter } = require('express-ipfilter');
const { saveResult } = require('./results');

const SG_CALLBACK_IPS = ['3.0.109.121', '52.76.184.73', '52.77.102.92'];
const app = express();

app.post('/hooks/face', IpFilter(SG_CALLBACK_IPS, { mode: 'allow' }), express.urlencoded({ extended: true }), async (req, res) => {
  if (req.body.callBackType !== 'NETVERIFY_AUTHENTICATION') return res.sendStatus(204);
  await saveResult(req.body.transactionReference, { result: req.body.transactionResult, date: req.body.transactionDate });
  res.sendStatus(200);
});

module.exports = app;
