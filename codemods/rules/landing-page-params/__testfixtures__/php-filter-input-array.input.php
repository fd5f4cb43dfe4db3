<?php
// Jumio sends the customer back here.
$query = filter_input_array(INPUT_GET, [
    'transactionStatus' => FILTER_DEFAULT,
    'transactionReference' => FILTER_DEFAULT,
]);
$ok = ($query['transactionStatus'] ?? '') === 'SUCCESS';
?>
<h1><?= $ok ? 'Verified' : 'Not verified' ?></h1>
