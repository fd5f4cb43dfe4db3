// The window's messages as an async generator of once-listener promises, iterated with for await.
const frameMessages = async function* (): AsyncGenerator<MessageEvent> {
  for (;;) yield new Promise<MessageEvent>((resolve) => window.addEventListener('message', resolve, { once: true }));
};

export async function identityReference(): Promise<string> {
  for await (const msg of frameMessages()) {
    if (!msg.origin.endsWith('.jumio.ai')) continue;
    const data = JSON.parse(msg.data);
    if (data.payload.value === 'success') return data.workflowExecutionId;
  }
  throw new Error('the frame closed');
}
