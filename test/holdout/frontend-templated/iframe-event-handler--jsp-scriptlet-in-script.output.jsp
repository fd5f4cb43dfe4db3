<%@ page contentType="text/html;charset=UTF-8" %>
<html><body>
<iframe src="${redirectUrl}" allow="camera;fullscreen" allowfullscreen></iframe>
<script>
  var debug = <%= debug ? "true" : "false" %>;
  <% if (trackingEnabled) { %>
  var tracker = new Tracker('<%= trackingId %>');
  <% } %>
  function receiveMessage(event) {
    var data = window.JSON.parse(event.data);
    if (debug) console.log('transaction reference:', data.workflowExecutionId);
    if (data.payload.value === 'success') location.href = '/done?ref=' + data.workflowExecutionId;
  }
  window.addEventListener("message", receiveMessage, false);
</script>
</body></html>
