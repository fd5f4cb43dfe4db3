<?php
// threeds.php — shows the issuer's 3-D Secure challenge page in an iframe.
require __DIR__ . '/bootstrap.php';

$ch = curl_init('https://api.psp.example/v2/payments/' . urlencode($paymentId) . '/challenge');
curl_setopt_array($ch, [CURLOPT_RETURNTRANSFER => true, CURLOPT_USERPWD => getenv('PSP_KEY') . ':']);
$challenge = json_decode(curl_exec($ch), true);
?>
<!DOCTYPE html>
<html>
<body>
  <iframe src="<?= htmlspecialchars($challenge['redirectUrl']) ?>" allow="payment" width="500" height="600"></iframe>
  <script>
    function receiveMessage(event) {
      if (event.origin.indexOf('acs.issuer.example') === -1) return;
      var data = window.JSON.parse(event.data);
      if (data.payload.value === 'success') {
        window.location = '/checkout/confirm?ref=' + encodeURIComponent(data.transactionReference);
      }
    }
    window.addEventListener('message', receiveMessage, false);
  </script>
</body>
</html>
