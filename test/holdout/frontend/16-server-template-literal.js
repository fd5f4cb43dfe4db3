const express = require('express');
const router = express.Router();

router.get('/verify', async (req, res) => {
  const { redirectUrl } = await startVerification(req.user);
  res.send(`<!doctype html>
<html><body>
<iframe src="${redirectUrl}" width="100%" height="700" allow="camera;fullscreen" allowfullscreen></iframe>
<script>
  function receiveMessage(event) {
    var data = window.JSON.parse(event.data);
    console.log('transaction reference:', data.transactionReference);
    if (data.payload.value === 'success') { location.href = '/verify/done'; }
  }
  window.addEventListener("message", receiveMessage, false);
</script>
</body></html>`);
});

module.exports = router;
