// The web client's next message awaited as a promise resolved by a once-listener.
export async function waitForIdentityResult(): Promise<string | undefined> {
  for (;;) {
    const e = await new Promise<MessageEvent>((resolve) => window.addEventListener('message', resolve, { once: true }));
    if (e.origin !== 'https://acme.netverify.com') continue;
    const data = JSON.parse(e.data);
    if (data.payload.value === 'success') return data.transactionReference;
    if (data.payload.value === 'error') return undefined;
  }
}
