// Hosts that may post events of Sumsub's WebSDK frame to the page: its EU and US clusters.
const FRAME_HOSTS = ['in.sumsub.com', 'api.sumsub.com'];

type SumsubHandlers = {
  onVerified: (reference: string) => void;
  onError: (code?: number) => void;
};

export function listenForSumsub(handlers: SumsubHandlers): () => void {
  function onFrameMessage(event: MessageEvent): void {
    let hostname: string;
    try {
      hostname = new URL(event.origin).hostname;
    } catch {
      return;
    }
    if (!FRAME_HOSTS.some((host) => hostname === host)) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') handlers.onVerified(data.transactionReference);
    if (data.payload.value === 'error') handlers.onError(data.payload.metainfo?.code);
  }

  window.addEventListener('message', onFrameMessage);
  return () => window.removeEventListener('message', onFrameMessage);
}
