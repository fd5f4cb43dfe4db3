<?php
// Jumio redirects here after the identity check.
$status = $_REQUEST['transactionStatus'] ?? 'ERROR';
$ref = $_GET['transactionReference'] ?? '';
?>
<h1><?= $status === 'SUCCESS' ? 'Thanks' : 'Verification failed' ?></h1>
<p>Reference: <?= htmlspecialchars($ref) ?></p>
