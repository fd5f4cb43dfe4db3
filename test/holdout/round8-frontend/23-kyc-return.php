<?php
// Jumio successUrl / errorUrl.
require __DIR__ . '/../bootstrap.php';

$status = $_GET['transactionStatus'] ?? 'ERROR';
$reference = $_GET['transactionReference'] ?? '';
$errorCode = $_GET['errorCode'] ?? null;

if ($status === 'SUCCESS') {
    $users->setKycReference($_SESSION['user_id'], $reference);
}
?>
<!doctype html>
<html lang="en">
<head><title>Identity check</title></head>
<body>
  <?php if ($status === 'SUCCESS'): ?>
    <h1>Thanks, we are checking your identity.</h1>
  <?php else: ?>
    <h1>Identity check failed (<?= htmlspecialchars((string) $errorCode) ?>)</h1>
  <?php endif; ?>
  <script>
    window.dataLayer = window.dataLayer || [];
    window.dataLayer.push({ event: 'kyc_return', status: new URLSearchParams(location.search).get('transactionStatus') });
  </script>
</body>
</html>
