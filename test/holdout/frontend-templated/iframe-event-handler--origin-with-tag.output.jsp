<iframe src="${redirectUrl}" allow="camera;fullscreen" allowfullscreen></iframe>
<!-- TODO(netverify-migrate): iframe-event-handler: origin check against https://<template tag>.netverify.com cannot be translated exactly: the KYX web client is served from <prefix>.web.<region>.jumio.ai; compare event.origin with new URL(web.href).origin of the account response -->
<script>
  var debug = <%= debug %>;
  window.addEventListener('message', function (event) {
    if (event.origin !== 'https://<%= prefix %>.netverify.com') return;
    var data = JSON.parse(event.data);
    if (data.eventType === 510 && data.payload.value === 'success') location.href = '/done?ref=' + data.workflowExecutionId;
  });
</script>
