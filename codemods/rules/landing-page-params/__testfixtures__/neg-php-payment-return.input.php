<?php
// The card processor's return URL: mark the order paid.
$status = $_GET['transactionStatus'] ?? '';
$ref = $_GET['transactionReference'] ?? '';
if ($status === 'SUCCESS') $orders->markPaid($ref, (int) $_GET['amount']);
?>
<h1>Payment <?= $status === 'SUCCESS' ? 'received' : 'failed' ?></h1>
