type JumioMessage = {
  transactionReference: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
};

function safeParse<T>(raw: unknown): T | null {
  try {
    return typeof raw === 'string' ? (JSON.parse(raw) as T) : (raw as T);
  } catch {
    return null;
  }
}

export function listenToJumio(onDone: (ref: string) => void): () => void {
  const handler = (e: MessageEvent) => {
    if (!e.origin.endsWith('.netverify.com')) return;
    const msg = safeParse<JumioMessage>(e.data);
    if (!msg) return;
    if (msg.payload.value === 'success') onDone(msg.transactionReference);
  };
  window.addEventListener('message', handler);
  return () => window.removeEventListener('message', handler);
}
