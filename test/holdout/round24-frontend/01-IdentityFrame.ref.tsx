// Identity step of the sign-up wizard: the verification frame and its events.
import { useEffect, useRef, useState } from 'react';

const isJumio = (o: string) => /\.netverify\.com$/.test(o);

type Props = {
  frameUrl: string;
  onVerified: (reference: string) => void;
  onFailed: (code?: number) => void;
};

export function IdentityFrame({ frameUrl, onVerified, onFailed }: Props) {
  const frameRef = useRef<HTMLIFrameElement>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    function handleFrameMessage(event: MessageEvent) {
      if (event.source !== frameRef.current?.contentWindow) return;
      if (!isJumio(event.origin)) return;
      let data;
      try {
        data = JSON.parse(event.data);
      } catch {
        return;
      }
      switch (data.payload?.value) {
        case 'loaded':
          setReady(true);
          break;
        case 'success':
          onVerified(data.transactionReference);
          break;
        case 'error':
          onFailed(data.payload.metainfo?.code);
          break;
      }
    }
    window.addEventListener('message', handleFrameMessage);
    return () => window.removeEventListener('message', handleFrameMessage);
  }, [onVerified, onFailed]);

  return (
    <div className="identity-frame">
      {!ready && <p className="identity-frame__hint">Loading the identity check…</p>}
      <iframe ref={frameRef} title="Identity check" src={frameUrl} width="100%" height="680" allow="camera;fullscreen" />
    </div>
  );
}
