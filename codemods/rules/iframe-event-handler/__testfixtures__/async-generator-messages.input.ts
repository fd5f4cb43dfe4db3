// The window's messages as an async generator of once-listener promises, iterated with for await.
const frameMessages = async function* (): AsyncGenerator<MessageEvent> {
  for (;;) yield new Promise<MessageEvent>((resolve) => window.addEventListener('message', resolve, { once: true }));
};

export async function identityReference(): Promise<string> {
  for await (const msg of frameMessages()) {
    if (!msg.origin.endsWith('.netverify.com')) continue;
    const data = JSON.parse(msg.data);
    if (data.payload.value === 'success') return data.transactionReference;
  }
  throw new Error('the frame closed');
}
