// Domains whose frames may talk to this page.
const TRUSTED_SUFFIXES = ['.netverify.com'];

window.addEventListener('message', (event: MessageEvent) => {
  if (!TRUSTED_SUFFIXES.some((suffix) => event.origin.endsWith(suffix))) return;
  const data = typeof event.data === 'string' ? JSON.parse(event.data) : event.data;
  if (data.payload.value === 'success') {
    document.dispatchEvent(new CustomEvent('identity:done', { detail: data.transactionReference }));
  }
});
