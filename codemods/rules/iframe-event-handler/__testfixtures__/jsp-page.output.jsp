<%@ page contentType="text/html;charset=UTF-8" language="java" %>
<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core" %>
<html>
<head><title>Verify</title></head>
<body>
<iframe id="jumio" src="${redirectUrl}" width="100%" height="660" allow="camera;fullscreen" allowfullscreen></iframe>
<input type="hidden" id="userId" value="<c:out value='${user.id}'/>"/>
<script type="text/javascript">
  // TODO(netverify-migrate): iframe-event-handler: origin check now expects acme.web.amer-1.jumio.ai: the legacy host does not tell the region; the vendor states only the amer-1 web-client host (emea-1/apac-1 follow the shape seen in third-party code, not stated by the vendor); otherwise use acme.web.emea-1.jumio.ai or acme.web.apac-1.jumio.ai, or compare with new URL(web.href).origin
  var JUMIO_ORIGIN = 'https://acme.web.amer-1.jumio.ai';
  window.onmessage = function (event) {
    if (event.origin !== JUMIO_ORIGIN) {
      return;
    }
    var data = JSON.parse(event.data);
    document.getElementById('ref').value = data.workflowExecutionId;
    if (data.payload.value === 'success') {
      document.forms['done'].submit();
    }
  };
</script>
<form name="done" action="done.jsp" method="post"><input type="hidden" id="ref" name="ref"/></form>
</body>
</html>
