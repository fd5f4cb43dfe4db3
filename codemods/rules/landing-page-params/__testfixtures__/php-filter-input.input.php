<?php
require __DIR__ . '/bootstrap.php';

// Return page of the identity check (successUrl / errorUrl of the initiate call).
$status = filter_input(INPUT_GET, 'transactionStatus', FILTER_SANITIZE_SPECIAL_CHARS);
$reference = filter_input(
    INPUT_GET,
    'transactionReference',
    FILTER_SANITIZE_SPECIAL_CHARS
);
$error = filter_input(INPUT_GET, 'errorCode', FILTER_VALIDATE_INT);

if ($status === 'SUCCESS') {
    $users->markVerificationPending($reference);
    $message = 'Thank you, your documents are being checked.';
} else {
    $message = 'The check could not be completed (' . (int) $error . ').';
}
?>
<!DOCTYPE html>
<html>
<body>
  <p><?= htmlspecialchars($message) ?></p>
</body>
</html>
