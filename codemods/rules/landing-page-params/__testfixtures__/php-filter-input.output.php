<?php
require __DIR__ . '/bootstrap.php';

// Return page of the identity check (successUrl / errorUrl of the initiate call).
// TODO(netverify-migrate): landing-page-params: in the page's PHP code (no rule parses it), this success/error page reads the legacy redirect parameter transactionStatus (KYX: acquisitionStatus): read the KYX names (errorCode is unchanged)
$status = filter_input(INPUT_GET, 'transactionStatus', FILTER_SANITIZE_SPECIAL_CHARS);
$reference = filter_input(
    INPUT_GET,
    // TODO(netverify-migrate): landing-page-params: in the page's PHP code (no rule parses it), this success/error page reads the legacy redirect parameter transactionReference (KYX: workflowExecutionId): read the KYX names (errorCode is unchanged)
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
