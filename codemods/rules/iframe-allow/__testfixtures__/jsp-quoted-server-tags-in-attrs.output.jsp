<%@ page contentType="text/html;charset=UTF-8" %>
<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core" %>
<div class="kyc">
  <iframe src="<%= request.getAttribute("redirectUrl") %>" title="<c:out value="${frameTitle}"/>" allow="camera;fullscreen;accelerometer;gyroscope;magnetometer" allowfullscreen width="100%" height="710"></iframe>
</div>
<script>
  window.addEventListener("message", function (event) {
    var data = window.JSON.parse(event.data);
    console.log('transaction reference:', data.transactionReference);
    console.log('value:', data.payload.value);
  }, false);
</script>
