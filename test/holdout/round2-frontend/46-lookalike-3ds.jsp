<%@ page contentType="text/html;charset=UTF-8" %>
<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core" %>
<div class="challenge">
  <iframe name="threeDSChallenge" src="<c:url value="/3ds/challenge"/>" title="<%= messages.get("3ds.title") %>" width="390" height="400"></iframe>
</div>
<script>
  window.addEventListener('message', function (event) {
    if (event.origin !== window.location.origin) return;
    var data = JSON.parse(event.data);
    if (data.transStatus === 'Y') {
      document.getElementById('payForm').submit();
    }
  });
</script>
