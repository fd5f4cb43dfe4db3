<?php
// Return URL of the card gateway: confirm the order.
$status = filter_input(INPUT_GET, 'transactionStatus');
$reference = filter_input(INPUT_GET, 'transactionReference');
if ($status === 'SUCCESS') {
    $orders->confirm($reference, filter_input(INPUT_GET, 'amount', FILTER_VALIDATE_FLOAT));
}
?>
<h1>Payment <?= $status === 'SUCCESS' ? 'received' : 'failed' ?></h1>
