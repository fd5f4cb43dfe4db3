<?php $title = "Identity check"; ?>
<iframe src="<?= htmlspecialchars($redirectUrl, ENT_QUOTES) ?>" title="<?php echo $title; ?>" allow="camera;fullscreen"></iframe>
<script>
  window.addEventListener('message', function (e) {
    var data = JSON.parse(e.data);
    if (data.payload.value === 'success') location.href = '/kyc/thanks?ref=' + data.transactionReference;
  });
</script>
