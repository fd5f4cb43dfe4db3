<%@ page contentType="text/html;charset=UTF-8" language="java" %>
<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core" %>
<!DOCTYPE html>
<html>
<head>
  <title>Verify your identity</title>
</head>
<body>
  <h1>Please verify</h1>
  <iframe src="${redirectUrl}" width="100%" height="710" allow="camera;fullscreen" allowfullscreen></iframe>
  <script type="text/javascript">
    function receiveMessage(event) {
      var data = window.JSON.parse(event.data);
      console.log('Netverify Web was loaded in an iframe.');
      console.log('auth token:', data.authorizationToken);
      console.log('transaction reference:', data.transactionReference);
      console.log('event type:', data.eventType);
      console.log('date-time:', data.dateTime);
      console.log('event value:', data.payload.value);
      console.log('event metainfo:', data.payload.metainfo);
    }
    window.addEventListener("message", receiveMessage, false);
  </script>
</body>
</html>
