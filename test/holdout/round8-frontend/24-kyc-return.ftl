<#-- Jumio successUrl / errorUrl (Spring MVC + FreeMarker) -->
<#assign status = (RequestParameters.transactionStatus)!"ERROR">
<#assign reference = (RequestParameters.transactionReference)!"">
<!doctype html>
<html>
<head><title>Identity check</title></head>
<body>
<#if status == "SUCCESS">
  <h1>Thanks, we are checking your identity</h1>
  <p>Reference ${reference}</p>
<#else>
  <h1>Identity check failed (${(RequestParameters.errorCode)!""})</h1>
</#if>
</body>
</html>
