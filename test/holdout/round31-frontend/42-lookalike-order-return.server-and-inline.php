<?php
require __DIR__ . '/../bootstrap.php';

// Return URL of the card payment page (hosted payment gateway).
$status = $_GET['transactionStatus'] ?? 'DECLINED';
$reference = $_GET['transactionReference'] ?? '';
$orderId = (int) ($_GET['orderId'] ?? 0);

if ($status === 'APPROVED' && $reference !== '') {
    $orders->markPaid($orderId, $reference);
}
?>
<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Payment</title>
</head>
<body>
<?php if ($status === 'APPROVED'): ?>
  <h1>Thanks, your payment was received.</h1>
  <p>Order <?= $orderId ?>, payment reference <?= htmlspecialchars($reference, ENT_QUOTES) ?></p>
<?php else: ?>
  <h1>Your card was declined.</h1>
  <p><a href="/checkout">Back to checkout</a></p>
<?php endif; ?>
  <script>
    (function () {
      var q = new URLSearchParams(window.location.search);
      if (q.get('transactionStatus') === 'DECLINED') {
        window.dataLayer = window.dataLayer || [];
        window.dataLayer.push({ event: 'payment_declined', reference: q.get('transactionReference'), order: q.get('orderId') });
      }
    })();
  </script>
</body>
</html>
