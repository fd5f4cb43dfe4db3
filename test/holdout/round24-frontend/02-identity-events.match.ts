// Identity step of the onboarding wizard: listens to the verification frame's events.
export interface IdentityCallbacks {
  onLoaded(): void;
  onVerified(reference: string): void;
  onFailed(code: number | undefined, reference: string): void;
}

const FRAME_ORIGIN = /^https:\/\/[a-z0-9-]+\.netverify\.com$/;

export function listenToIdentityFrame(callbacks: IdentityCallbacks): () => void {
  function onFrameMessage(event: MessageEvent): void {
    if (!event.origin.match(FRAME_ORIGIN)) return;
    if (!(event.data && typeof event.data === 'string')) return;
    let data;
    try {
      data = JSON.parse(event.data);
    } catch {
      return;
    }
    const { payload: { value, metainfo } = {}, transactionReference } = data;
    if (value === 'loaded') {
      callbacks.onLoaded();
    } else if (value === 'success') {
      callbacks.onVerified(transactionReference);
    } else if (value === 'error') {
      const code = metainfo?.code;
      if (code === 9836) console.warn('identity: no acceptable submission after three attempts');
      callbacks.onFailed(code, transactionReference);
    }
  }

  window.addEventListener('message', onFrameMessage);
  return () => window.removeEventListener('message', onFrameMessage);
}
