// The identity check's events as an async iterator (one await per message of the web client).
async function* windowMessages(): AsyncGenerator<MessageEvent> {
  while (true) {
    yield await new Promise<MessageEvent>((resolve) => window.addEventListener('message', resolve, { once: true }));
  }
}

export async function runKyc(onStep: (step: string) => void): Promise<string> {
  for await (const e of windowMessages()) {
    if (!e.origin.endsWith('.netverify.com')) continue;
    const data = JSON.parse(e.data);
    onStep(data.payload.value);
    if (data.payload.value === 'success') return data.transactionReference;
    if (data.payload.value === 'error') throw new Error(`KYC error ${data.payload.metainfo?.code}`);
  }
  throw new Error('unreachable');
}
