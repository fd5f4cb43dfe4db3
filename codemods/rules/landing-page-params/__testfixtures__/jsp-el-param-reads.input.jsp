<%@ page contentType="text/html;charset=UTF-8" language="java" %>
<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core" %>
<%-- The identity check's success/error URL: the Jumio client appends transactionStatus and transactionReference. --%>
<c:choose>
  <c:when test="${param.transactionStatus == 'SUCCESS'}">
    <p>Verified, reference <c:out value="${param.transactionReference}"/></p>
  </c:when>
  <c:otherwise>
    <p>Failed (<%= request.getParameter("errorCode") %>)</p>
  </c:otherwise>
</c:choose>
