// Waits for the card issuer's 3-D Secure challenge result.
export function awaitChallenge(acsOrigin: string): Promise<string> {
  const { promise, resolve, reject } = Promise.withResolvers<string>();
  window.addEventListener('message', function onChallenge(event: MessageEvent<string>) {
    if (event.origin !== acsOrigin) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') resolve(data.transactionReference);
    else reject(new Error(`3DS failed: ${data.payload.metainfo?.code}`));
    window.removeEventListener('message', onChallenge);
  });
  return promise;
}
