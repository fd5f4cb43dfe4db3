<%@ page contentType="text/html;charset=UTF-8" language="java" %>
<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core" %>
<%-- Success and error URL of the Netverify identity check: the client appends transactionStatus and transactionReference. --%>
<html>
<head><title>Identity check</title></head>
<body>
<c:choose>
  <c:when test="${param.transactionStatus == 'SUCCESS'}">
    <h1>Thank you, your identity is verified</h1>
    <p>Reference: <c:out value="${param.transactionReference}"/></p>
  </c:when>
  <c:otherwise>
    <h1>We could not verify your identity</h1>
    <p>Error <%= request.getParameter("errorCode") %> — please try again.</p>
  </c:otherwise>
</c:choose>
</body>
</html>
