<%inherit file="base.mako"/>
<%
  status = request.params.get('transactionStatus')
  reference = request.params.get('transactionReference')
%>
% if status == 'SUCCESS':
  <p>Thank you, your identity check (${reference}) is being processed.</p>
% else:
  <p>The identity check did not complete (error ${request.params.get('errorCode')}).</p>
% endif
