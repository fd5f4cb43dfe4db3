<?php
// kyc.php — starts a Netverify authentication and shows the web client in an iframe.
require __DIR__ . '/bootstrap.php';

$ch = curl_init('https://lon.netverify.com/api/authentication/v1/web/initiate');
curl_setopt_array($ch, [
    CURLOPT_POST => true,
    CURLOPT_RETURNTRANSFER => true,
    CURLOPT_USERPWD => getenv('JUMIO_TOKEN') . ':' . getenv('JUMIO_SECRET'),
    CURLOPT_HTTPHEADER => ['Content-Type: application/json', 'Accept: application/json'],
    CURLOPT_POSTFIELDS => json_encode([
        'enrollmentTransactionReference' => $user->enrollment_reference,
        'successUrl' => 'https://app.example.com/kyc/return',
        'errorUrl' => 'https://app.example.com/kyc/return',
    ]),
]);
$session = json_decode(curl_exec($ch), true);
?>
<!DOCTYPE html>
<html>
<body>
  <iframe src="<?= htmlspecialchars($session['redirectUrl']) ?>" allow="camera;fullscreen" width="640" height="660"></iframe>
  <script>
    function receiveMessage(event) {
      var data = window.JSON.parse(event.data);
      console.log('Netverify transaction reference:', data.transactionReference);
      if (data.payload.value === 'success') {
        window.location = '/kyc/return?ref=' + encodeURIComponent(data.transactionReference);
      }
    }
    window.addEventListener('message', receiveMessage, false);
  </script>
</body>
</html>
