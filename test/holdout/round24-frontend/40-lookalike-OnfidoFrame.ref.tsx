// Document step of the sign-up wizard: the Onfido hosted frame and its events.
import { useEffect, useRef, useState } from 'react';

const isOnfido = (o: string) => /\.onfido\.com$/.test(o);

type Props = {
  frameUrl: string;
  onComplete: (reference: string) => void;
  onFailed: (reason?: string) => void;
};

export function OnfidoFrame({ frameUrl, onComplete, onFailed }: Props) {
  const frameRef = useRef<HTMLIFrameElement>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    function handleFrameMessage(event: MessageEvent) {
      if (event.source !== frameRef.current?.contentWindow) return;
      if (!isOnfido(event.origin)) return;
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
          onComplete(data.transactionReference);
          break;
        case 'error':
          onFailed(data.payload.reason);
          break;
      }
    }
    window.addEventListener('message', handleFrameMessage);
    return () => window.removeEventListener('message', handleFrameMessage);
  }, [onComplete, onFailed]);

  return (
    <div className="onfido-frame">
      {!ready && <p className="onfido-frame__hint">Loading the document check…</p>}
      <iframe ref={frameRef} title="Document check" src={frameUrl} width="100%" height="680" allow="camera;fullscreen" />
    </div>
  );
}
