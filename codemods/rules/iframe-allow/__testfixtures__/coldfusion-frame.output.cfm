<cfoutput>
<!--- The frame's src is the initiate response's URL kept in the session. --->
<iframe src="#session.kyc.redirectUrl#" width="100%" height="710" allow="camera;fullscreen;accelerometer;gyroscope;magnetometer" allowfullscreen></iframe>
<!--- A help video: a literal URL of another site, whatever the page's handler. --->
<iframe src="https://player.vimeo.com/video/123456##t=10s" width="640" height="360" allow="fullscreen" allowfullscreen></iframe>
<script>
  window.addEventListener('message', function (event) {
    if (!/\.netverify\.com$/.test(event.origin)) return;
    var data = JSON.parse(event.data);
    if (data.payload.value === 'success') location.href = '#application.base#/kyc/done.cfm?ref=' + data.transactionReference;
  });
</script>
</cfoutput>
