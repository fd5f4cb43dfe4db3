// Identity-check dialog (Netverify web client).
import { useEffect } from 'react';

const FRAME_ALLOW = 'camera;fullscreen';

export function KycDialog({ url, onClose }: { url: string; onClose: (ref?: string) => void }) {
  useEffect(() => {
    function onMessage(e: MessageEvent) {
      if (!e.origin.endsWith('.netverify.com')) return;
      const data = JSON.parse(e.data);
      if (data.payload.value === 'success') onClose(data.transactionReference);
      if (data.payload.value === 'error') onClose();
    }
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [onClose]);

  return (
    <dialog open>
      <iframe src={url} allow={FRAME_ALLOW} allowFullScreen width="640" height="660" />
    </dialog>
  );
}
