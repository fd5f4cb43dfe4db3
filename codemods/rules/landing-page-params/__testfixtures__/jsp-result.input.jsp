<%@ page contentType="text/html;charset=UTF-8" language="java" %>
<html>
<body>
<h2><%= request.getAttribute("title") %></h2>
<div id="result"></div>
<script>
  var query = new URLSearchParams(location.search);
  if (query.get('transactionStatus') === 'ERROR') {
    document.getElementById('result').innerText = 'Failed: ' + query.get('errorCode');
  } else {
    document.getElementById('result').innerText = 'Done: ' + query.get('transactionReference');
  }
</script>
</body>
</html>
