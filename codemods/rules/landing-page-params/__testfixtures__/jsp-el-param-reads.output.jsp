<%@ page contentType="text/html;charset=UTF-8" language="java" %>
<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core" %>
<%-- The identity check's success/error URL: the Jumio client appends transactionStatus and transactionReference. --%>
<c:choose>
  <!-- TODO(netverify-migrate): landing-page-params: in the page's server template code (no rule parses it), this success/error page reads the legacy redirect parameter transactionStatus (KYX: acquisitionStatus): read the KYX names (errorCode is unchanged) -->
  <c:when test="${param.transactionStatus == 'SUCCESS'}">
    <!-- TODO(netverify-migrate): landing-page-params: in the page's server template code (no rule parses it), this success/error page reads the legacy redirect parameter transactionReference (KYX: workflowExecutionId): read the KYX names (errorCode is unchanged) -->
    <p>Verified, reference <c:out value="${param.transactionReference}"/></p>
  </c:when>
  <c:otherwise>
    <p>Failed (<%= request.getParameter("errorCode") %>)</p>
  </c:otherwise>
</c:choose>
