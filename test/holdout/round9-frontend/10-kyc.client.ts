// plugins/kyc.client.ts — listens to the identity iframe for the whole app.
export default defineNuxtPlugin(() => {
  const reference = useState<string | null>('kycReference', () => null);
  const failed = useState<number | null>('kycError', () => null);

  window.addEventListener('message', (event: MessageEvent) => {
    if (!/\.netverify\.com$/.test(new URL(event.origin).hostname)) return;
    const data = JSON.parse(event.data);
    switch (data.payload.value) {
      case 'success':
        reference.value = data.transactionReference;
        break;
      case 'error':
        failed.value = data.payload.metainfo?.code ?? null;
        break;
    }
  });
});
