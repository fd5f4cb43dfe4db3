// Identity step of Pennant Mutual's membership application (React 18, Vite). The Netverify web client is framed on
// the page and its events drive the step. Safari and Firefox's strict mode partition a third-party frame's cookies,
// and the client then loses its session inside the frame (error 9210), so there the step opens the client in a popup
// instead. In the popup it posts no events to us: Jumio sends the popup to /membership/identity/return (successUrl
// and errorUrl, 06-identity-return.opener-relay.svelte), which relays the outcome to this window and closes.
import { useCallback, useEffect, useRef, useState } from 'react';

/** What the web client posts to the page that frames it (a JSON string). */
interface WebClientEvent {
  authorizationToken: string;
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
}

/** What the return page posts to this window when the client ran in the popup. */
interface ReturnRelay {
  kind: 'pennant:identity-return';
  transactionStatus: string | null;
  transactionReference: string | null;
  errorCode: string | null;
}

type Mode = 'frame' | 'popup';

interface Props {
  redirectUrl: string;
  onVerified: (reference: string) => void;
  onFailed: (code: number | null) => void;
}

const isWebClientOrigin = (origin: string) => origin.startsWith('https://') && origin.endsWith('.netverify.com');

/** Where the Storage Access API exists outside Chromium, third-party frames get partitioned cookies. */
const framesArePartitioned = () =>
  typeof document.requestStorageAccess === 'function' && !/Chrome\/|Edg\//.test(navigator.userAgent);

export function IdentityStep({ redirectUrl, onVerified, onFailed }: Props) {
  const [mode, setMode] = useState<Mode>(() => (framesArePartitioned() ? 'popup' : 'frame'));
  const [popupClosed, setPopupClosed] = useState(false);
  const popupRef = useRef<Window | null>(null);

  const onFrameMessage = useCallback(
    (event: MessageEvent) => {
      if (!isWebClientOrigin(event.origin)) return;
      const data: WebClientEvent = JSON.parse(event.data);
      if (data.payload.value === 'success') {
        onVerified(data.transactionReference);
      } else if (data.payload.value === 'error') {
        const code = data.payload.metainfo?.code ?? null;
        // The session ended after it started: the frame lost its cookies. Carry on in a popup.
        if (code === 9210) setMode('popup');
        else onFailed(code);
      }
    },
    [onVerified, onFailed],
  );

  const onReturnRelay = useCallback(
    (event: MessageEvent<ReturnRelay>) => {
      if (event.origin !== window.location.origin || event.data?.kind !== 'pennant:identity-return') return;
      popupRef.current = null;
      if (event.data.transactionStatus === 'SUCCESS' && event.data.transactionReference) {
        onVerified(event.data.transactionReference);
      } else {
        onFailed(event.data.errorCode ? Number(event.data.errorCode) : null);
      }
    },
    [onVerified, onFailed],
  );

  useEffect(() => {
    if (mode !== 'frame') return;
    window.addEventListener('message', onFrameMessage);
    return () => window.removeEventListener('message', onFrameMessage);
  }, [mode, onFrameMessage]);

  useEffect(() => {
    if (mode !== 'popup') return;
    window.addEventListener('message', onReturnRelay);
    const poll = window.setInterval(() => {
      if (popupRef.current?.closed) {
        popupRef.current = null;
        setPopupClosed(true);
      }
    }, 1000);
    return () => {
      window.removeEventListener('message', onReturnRelay);
      window.clearInterval(poll);
    };
  }, [mode, onReturnRelay]);

  function openPopup() {
    setPopupClosed(false);
    popupRef.current = window.open(redirectUrl, 'jumio', 'popup=yes,width=600,height=760');
  }

  if (mode === 'popup') {
    return (
      <div className="identity identity--popup">
        <p>Your browser keeps the identity check from working inside this page, so it opens in a new window.</p>
        <button type="button" className="button" onClick={openPopup}>
          {popupClosed ? 'Reopen the identity check' : 'Open the identity check'}
        </button>
      </div>
    );
  }

  return <iframe className="identity__frame" src={redirectUrl} title="Identity check" allow="camera;fullscreen" />;
}
