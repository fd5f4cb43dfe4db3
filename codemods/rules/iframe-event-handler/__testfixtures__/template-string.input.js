const express = require('express');
const app = express();

app.get('/verify', async (req, res) => {
  const { redirectUrl } = await startJumio(req.user);
  res.send(`<!DOCTYPE html>
<html><body>
<iframe src="${redirectUrl}" allow="camera;fullscreen" allowfullscreen></iframe>
<script>
  function receiveMessage(event) {
    var data = window.JSON.parse(event.data);
    console.log('transaction reference:', data.transactionReference);
    console.log('value:', data.payload.value, data.payload.metainfo);
  }
  window.addEventListener("message", receiveMessage, false);
</script>
</body></html>`);
});

module.exports = app;
