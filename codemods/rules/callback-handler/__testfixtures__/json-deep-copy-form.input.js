// The handler reads the form through a JSON round trip of req.body: the copy's reads are the handler's reads, named
// in the item.
const express = require('express');

const app = express();
app.post('/hooks/face-login', express.urlencoded({ extended: false }), (req, res) => {
  const form = JSON.parse(JSON.stringify(req.body));
  if (form.callBackType !== 'NETVERIFY_AUTHENTICATION') return res.sendStatus(204);
  console.log(form.transactionReference, form.transactionResult);
  res.sendStatus(200);
});

module.exports = app;
