// SPA router on the Navigation API: the identity check's return URL is handled without a page load.
navigation.addEventListener('navigate', (event) => {
  const url = new URL(event.destination.url);
  if (url.pathname !== '/kyc/return') return;
  event.intercept({
    async handler() {
      const status = url.searchParams.get('transactionStatus');
      const reference = url.searchParams.get('transactionReference');
      document.querySelector('main').innerHTML = status === 'SUCCESS'
        ? `<h1>Verified</h1><p>${reference}</p>`
        : '<h1>Verification failed</h1>';
    },
  });
});
