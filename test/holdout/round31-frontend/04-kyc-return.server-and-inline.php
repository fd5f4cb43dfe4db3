<?php
require __DIR__ . '/../bootstrap.php';

// Success and error URL of the identity check (Jumio Netverify web client).
$status = $_GET['transactionStatus'] ?? 'ERROR';
$reference = $_GET['transactionReference'] ?? '';
$errorCode = isset($_GET['errorCode']) ? (int) $_GET['errorCode'] : null;

if ($status === 'SUCCESS' && $reference !== '') {
    $kycCases->markSubmitted($currentUser->id, $reference);
}
?>
<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Identity check</title>
</head>
<body>
<?php if ($status === 'SUCCESS'): ?>
  <h1>Thanks, your documents are being checked.</h1>
  <p>Reference: <?= htmlspecialchars($reference, ENT_QUOTES) ?></p>
<?php else: ?>
  <h1>We could not verify your identity.</h1>
  <p><a href="/identity/start">Try again</a></p>
<?php endif; ?>
  <script>
    (function () {
      var q = new URLSearchParams(window.location.search);
      if (q.get('transactionStatus') === 'ERROR') {
        window.dataLayer = window.dataLayer || [];
        window.dataLayer.push({ event: 'identity_check_error', reference: q.get('transactionReference'), code: q.get('errorCode') });
      }
    })();
  </script>
</body>
</html>
