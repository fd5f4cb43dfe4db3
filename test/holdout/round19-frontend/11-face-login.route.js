const express = require('express');
const { startFaceLogin } = require('../services/identity');

const router = express.Router();

router.get('/login/face', async (req, res, next) => {
  try {
    const session = await startFaceLogin(req.session.userId);
    res.type('html').send(`<!doctype html>
<html>
  <head><title>Sign in with your face</title></head>
  <body>
    <iframe src="${session.redirectUrl}" width="640" height="660" allow="camera;fullscreen" allowfullscreen></iframe>
    <script>
      function receiveMessage(event) {
        var data = window.JSON.parse(event.data);
        console.log('auth token:', data.authorizationToken);
        console.log('transaction reference:', data.transactionReference);
        console.log('event type:', data.eventType);
        console.log('date-time:', data.dateTime);
        console.log('event value:', data.payload.value);
        if (data.payload.value === 'success') {
          window.location.href = '/login/face/complete?ref=' + encodeURIComponent(data.transactionReference);
        }
      }
      window.addEventListener("message", receiveMessage, false);
    </script>
  </body>
</html>`);
  } catch (err) {
    next(err);
  }
});

module.exports = router;
