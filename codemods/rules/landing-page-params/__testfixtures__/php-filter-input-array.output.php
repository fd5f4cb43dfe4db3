<?php
// Jumio sends the customer back here.
$query = filter_input_array(INPUT_GET, [
    // TODO(netverify-migrate): landing-page-params: in the page's PHP code (no rule parses it), this success/error page reads the legacy redirect parameter transactionStatus (KYX: acquisitionStatus): read the KYX names (errorCode is unchanged)
    'transactionStatus' => FILTER_DEFAULT,
    // TODO(netverify-migrate): landing-page-params: in the page's PHP code (no rule parses it), this success/error page reads the legacy redirect parameter transactionReference (KYX: workflowExecutionId): read the KYX names (errorCode is unchanged)
    'transactionReference' => FILTER_DEFAULT,
]);
// TODO(netverify-migrate): landing-page-params: in the page's PHP code (no rule parses it), this success/error page reads the legacy redirect parameter transactionStatus (KYX: acquisitionStatus): read the KYX names (errorCode is unchanged)
$ok = ($query['transactionStatus'] ?? '') === 'SUCCESS';
?>
<h1><?= $ok ? 'Verified' : 'Not verified' ?></h1>
