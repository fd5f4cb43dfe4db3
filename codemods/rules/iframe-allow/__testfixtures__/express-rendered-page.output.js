const express = require('express');
const axios = require('axios');
const app = express();

app.get('/verify', async (req, res) => {
  const { data } = await axios.post(
    'https://netverify.com/api/authentication/v1/web/initiate',
    { enrollmentTransactionReference: req.query.enrollment, callbackUrl: 'https://shop.example.com/cb' },
    { auth: { username: process.env.JUMIO_TOKEN, password: process.env.JUMIO_SECRET } },
  );
  // TODO(netverify-migrate): iframe-allow: an <iframe> inside a string (server-rendered markup) shows the web client (src comes from a legacy initiate response): the KYX web client needs allow="camera;fullscreen;accelerometer;gyroscope;magnetometer" and allowfullscreen
  res.send(`<!DOCTYPE html>
<html><body>
  <iframe src="${data.redirectUrl}" width="640" height="660" allow="camera;fullscreen" allowfullscreen></iframe>
</body></html>`);
});

app.get('/help', (req, res) => {
  res.send('<iframe src="https://www.youtube.com/embed/abc" allow="autoplay"></iframe>');
});

app.get('/doc-sample', (req, res) => {
  // TODO(netverify-migrate): iframe-allow: an <iframe> inside a string (server-rendered markup) shows the web client (the same markup holds a Jumio message handler): the KYX web client needs allow="camera;fullscreen;accelerometer;gyroscope;magnetometer" and allowfullscreen
  res.send(`<iframe src="${req.query.url}" allow="camera;fullscreen"></iframe>
<script>
  function receiveMessage(event) {
    var data = window.JSON.parse(event.data);
    console.log('transaction reference:', data.transactionReference, data.payload.value);
  }
  window.addEventListener("message", receiveMessage, false);
</script>`);
});
