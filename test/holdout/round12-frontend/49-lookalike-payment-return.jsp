<%@ page contentType="text/html;charset=UTF-8" language="java" %>
<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core" %>
<%-- Payment gateway return page: the acquirer appends transactionStatus and transactionReference to the order URL. --%>
<html>
<head><title>Order payment</title></head>
<body>
<c:choose>
  <c:when test="${param.transactionStatus == 'APPROVED'}">
    <h1>Thank you for your order</h1>
    <p>Payment reference: <c:out value="${param.transactionReference}"/></p>
  </c:when>
  <c:otherwise>
    <h1>Your payment was declined</h1>
    <p>Amount due: <%= request.getAttribute("amount") %></p>
  </c:otherwise>
</c:choose>
</body>
</html>
