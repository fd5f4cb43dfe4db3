<?php
// Jumio redirects here after the identity check.
// TODO(netverify-migrate): landing-page-params: in the page's PHP code (no rule parses it), this success/error page reads the legacy redirect parameter transactionStatus (KYX: acquisitionStatus): read the KYX names (errorCode is unchanged)
$status = $_REQUEST['transactionStatus'] ?? 'ERROR';
// TODO(netverify-migrate): landing-page-params: in the page's PHP code (no rule parses it), this success/error page reads the legacy redirect parameter transactionReference (KYX: workflowExecutionId): read the KYX names (errorCode is unchanged)
$ref = $_GET['transactionReference'] ?? '';
?>
<h1><?= $status === 'SUCCESS' ? 'Thanks' : 'Verification failed' ?></h1>
<p>Reference: <?= htmlspecialchars($ref) ?></p>
