// Resolves once the identity check in the frame finishes (Netverify web client events).
export function awaitKycResult(timeoutMs = 15 * 60_000): Promise<string> {
  const { promise, resolve, reject } = Promise.withResolvers<string>();
  const controller = new AbortController();
  window.addEventListener(
    'message',
    function onKycMessage(event: MessageEvent<string>) {
      if (!event.origin.endsWith('.netverify.com')) return;
      const data = JSON.parse(event.data) as {
        transactionReference: string;
        payload: { value: string; metainfo?: { code: number } };
      };
      if (data.payload.value === 'success') resolve(data.transactionReference);
      else if (data.payload.value === 'error') reject(new Error(`KYC failed: ${data.payload.metainfo?.code}`));
      else return;
      controller.abort();
    },
    { signal: controller.signal },
  );
  setTimeout(() => {
    reject(new Error('KYC timed out'));
    controller.abort();
  }, timeoutMs);
  return promise;
}
