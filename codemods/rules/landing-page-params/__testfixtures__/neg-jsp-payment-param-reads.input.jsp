<%@ page contentType="text/html;charset=UTF-8" language="java" %>
<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core" %>
<%-- Payment gateway return: the acquirer appends transactionStatus and transactionReference to the order URL. --%>
<c:if test="${param.transactionStatus == 'APPROVED'}">
  <p>Thank you for your order. Payment reference: <c:out value="${param.transactionReference}"/></p>
</c:if>
