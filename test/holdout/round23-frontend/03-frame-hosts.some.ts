// Hosts that may post face-login events to the page: our white-label web client in the US and EU data centres.
const FRAME_HOSTS = ['acme.netverify.com', 'acme.lon.netverify.com'];

type FaceLoginHandlers = {
  onVerified: (reference: string) => void;
  onError: (code?: number) => void;
};

export function listenForFaceLogin(handlers: FaceLoginHandlers): () => void {
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
