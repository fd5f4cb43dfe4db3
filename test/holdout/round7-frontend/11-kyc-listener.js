// Identity check (Jumio) message listener.
export function attachKycListener(onDone) {
  function listener(event) {
    let data;
    try {
      data = JSON.parse(event?.data ?? '');
    } catch (_) {
      return;
    }
    const ref = data?.transactionReference;
    if (data?.payload?.value === 'error') {
      console.warn('kyc error', data?.payload?.metainfo?.code, ref);
      return;
    }
    if (data?.payload?.value === 'success') onDone(ref);
  }
  window.addEventListener('message', listener);
  return () => window.removeEventListener('message', listener);
}
