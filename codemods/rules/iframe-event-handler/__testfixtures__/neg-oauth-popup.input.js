// OAuth popup: the callback page posts the result to its opener.
window.addEventListener('message', (event) => {
  if (event.origin !== window.location.origin) return;
  const data = JSON.parse(event.data);
  if (data.state !== sessionStorage.getItem('state')) return;
  exchangeCode(data.code, data.authorizationToken, data.transactionReference);
});
