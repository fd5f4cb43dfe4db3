<cfparam name="url.lang" default="en">
<cfoutput>
<div class="kyc">
  <iframe src="#session.kyc.redirectUrl#" width="100%" height="710" allow="camera;fullscreen" allowfullscreen></iframe>
</div>
<script>
  window.addEventListener('message', function (event) {
    if (!/\.web\.(?:amer-1|emea-1|apac-1)\.jumio\.ai$/.test(event.origin)) return;
    var data = JSON.parse(event.data);
    if (data.payload.value === 'success') {
      document.querySelector('##kyc-ref').value = data.workflowExecutionId;
    }
  });
</script>
<input type="hidden" id="kyc-ref" name="kycRef">
</cfoutput>
