<%@ page contentType="text/html;charset=UTF-8" language="java" %>
<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core" %>
<html>
<head>
  <title><c:out value="${pageTitle}"/></title>
</head>
<body>
<div class="kyc">
  <iframe src="<%= request.getAttribute("redirectUrl") %>" title="<c:out value="${frameTitle}"/>" allow="camera;fullscreen" allowfullscreen width="100%" height="710"></iframe>
</div>
<form id="done" method="post" action="<c:url value="/kyc/done"/>">
  <input type="hidden" name="reference" id="reference"/>
</form>
<script type="text/javascript">
  function receiveMessage(event) {
    var data = window.JSON.parse(event.data);
    console.log('Netverify Web was loaded in an iframe.');
    console.log('transaction reference:', data.transactionReference);
    console.log('value:', data.payload.value);
    if (data.payload.value === 'success') {
      document.getElementById('reference').value = data.transactionReference;
      document.getElementById('done').submit();
    }
  }
  window.addEventListener("message", receiveMessage, false);
</script>
</body>
</html>
