<cfparam name="session.kycRedirectUrl" default="">
<cfoutput>
<!DOCTYPE html>
<html>
<head><title>Identity check</title></head>
<body>
  <iframe src="#session.kycRedirectUrl#" width="640" height="660" allow="camera;fullscreen" allowfullscreen></iframe>
  <script>
    window.addEventListener('message', function (event) {
      if (!/\.netverify\.com$/.test(event.origin)) return;
      var data = JSON.parse(event.data);
      if (data.payload.value === 'success') {
        window.location.href = '#application.baseUrl#/kyc/complete.cfm?ref=' + encodeURIComponent(data.transactionReference);
      }
    });
  </script>
</body>
</html>
</cfoutput>
