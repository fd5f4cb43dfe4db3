// Resolves with the transaction reference once the Jumio web client reports success.
export function waitForJumio(timeoutMs = 15 * 60 * 1000) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('identity check timed out')), timeoutMs);
    window.addEventListener('message', function onJumioMessage(event) {
      let data;
      try {
        data = JSON.parse(event.data);
      } catch (e) {
        return;
      }
      if (!data || !data.transactionReference) return;
      if (data.payload.value === 'success') {
        clearTimeout(timer);
        window.removeEventListener('message', onJumioMessage);
        resolve(data.transactionReference);
      } else if (data.payload.value === 'error') {
        clearTimeout(timer);
        window.removeEventListener('message', onJumioMessage);
        reject(Object.assign(new Error('identity check failed'), { code: data.payload.metainfo.code }));
      }
    });
  });
}
