<%@ page contentType="text/html;charset=UTF-8" language="java" %>
<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core" %>
<html>
<head><title>Verify</title></head>
<body>
<iframe id="jumio" src="${redirectUrl}" width="100%" height="660" allow="camera;fullscreen" allowfullscreen></iframe>
<input type="hidden" id="userId" value="<c:out value='${user.id}'/>"/>
<script type="text/javascript">
  var JUMIO_ORIGIN = 'https://acme.netverify.com';
  window.onmessage = function (event) {
    if (event.origin !== JUMIO_ORIGIN) {
      return;
    }
    var data = JSON.parse(event.data);
    document.getElementById('ref').value = data.transactionReference;
    if (data.payload.value === 'success') {
      document.forms['done'].submit();
    }
  };
</script>
<form name="done" action="done.jsp" method="post"><input type="hidden" id="ref" name="ref"/></form>
</body>
</html>
