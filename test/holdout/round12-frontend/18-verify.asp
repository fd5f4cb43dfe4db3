<%@ Language="VBScript" %>
<%
  ' Classic ASP: the redirectUrl of the Netverify initiate call is kept in the session by initiate.asp
  Dim redirectUrl
  redirectUrl = Session("jumioRedirectUrl")
%>
<html>
<head><title>Verify your identity</title></head>
<body>
  <iframe src="<%= redirectUrl %>" width="640" height="660" allow="camera;fullscreen" allowfullscreen></iframe>
  <form id="done" method="post" action="verify-done.asp"><input type="hidden" name="ref" id="ref"></form>
  <script type="text/javascript">
    function receiveMessage(event) {
      var data = window.JSON.parse(event.data);
      if (data.payload.value === "success") {
        document.getElementById("ref").value = data.transactionReference;
        document.getElementById("done").submit();
      }
    }
    window.addEventListener("message", receiveMessage, false);
  </script>
</body>
</html>
