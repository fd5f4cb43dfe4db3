<iframe src="${redirectUrl}" allow="camera;fullscreen" allowfullscreen></iframe>
<script>
  var debug = <%= debug %>;
  window.addEventListener('message', function (event) {
    if (event.origin !== 'https://<%= prefix %>.netverify.com') return;
    var data = JSON.parse(event.data);
    if (data.eventType === 510 && data.payload.value === 'success') location.href = '/done?ref=' + data.transactionReference;
  });
</script>
