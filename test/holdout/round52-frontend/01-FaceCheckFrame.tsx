// FaceCheckFrame.tsx — step 3 of the loan application: the applicant's face check in the Jumio (Netverify) web
// client, embedded in an iframe. The web client posts its progress to this window as JSON strings.
import { useEffect, useState } from 'react';

/** Our white-label web client ("halden" in the Customer Portal). The unit tests dispatch their events from it. */
export const WEB_CLIENT_ORIGIN = 'https://halden.netverify.com';

/** An event the web client posts (event type 510). */
export interface FaceCheckEvent {
  authorizationToken: string;
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: {
    value: 'loaded' | 'success' | 'error';
    metainfo?: { code: number };
  };
}

export interface FaceCheckFrameProps {
  frameUrl: string;
  onVerified: (reference: string) => void;
  onFailed: (code: number) => void;
}

function errorText(code: number): string {
  switch (code) {
    case 9820:
      return 'We could not start your camera. Allow camera access in your browser and try again.';
    case 9836:
      return 'We could not take a clear picture after three tries. Please call us on 0800 046 1180.';
    default:
      return `The face check stopped (code ${code}). Please try again.`;
  }
}

export function FaceCheckFrame({ frameUrl, onVerified, onFailed }: FaceCheckFrameProps) {
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    function onMessage(event: MessageEvent<string>) {
      // Storybook and the local mock client (public/dev/mock-web-client.html) post from our own origin.
      if (event.origin !== WEB_CLIENT_ORIGIN && !(import.meta.env.DEV && event.origin === window.location.origin)) {
        return;
      }
      let data: FaceCheckEvent;
      try {
        data = JSON.parse(event.data);
      } catch {
        return; // not one of the web client's messages
      }

      if (data.payload.value === 'loaded') {
        setLoading(false);
      } else if (data.payload.value === 'success') {
        onVerified(data.transactionReference);
      } else if (data.payload.value === 'error') {
        const code = data.payload.metainfo?.code ?? 0;
        setError(errorText(code));
        onFailed(code);
      }
    }

    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [onVerified, onFailed]);

  if (error) {
    return (
      <section className="face-check">
        <p role="alert" className="face-check__error">{error}</p>
      </section>
    );
  }

  return (
    <section className="face-check">
      {loading && <div role="progressbar" aria-label="Loading the face check" className="spinner" />}
      <iframe src={frameUrl} title="Face check" className="face-check__frame" allow="camera;fullscreen" />
    </section>
  );
}
