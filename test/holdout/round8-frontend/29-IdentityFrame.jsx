import { useEffect, useMemo, useState } from 'react';
import throttle from 'lodash/throttle';

export default function IdentityFrame({ url, onVerified }) {
  const [stage, setStage] = useState('loading');

  // The client re-posts its state on resize; handle at most one event per 250 ms.
  const onMessage = useMemo(
    () =>
      throttle((event) => {
        if (!event.origin.endsWith('.netverify.com')) return;
        const data = JSON.parse(event.data);
        setStage(data.payload.value);
        if (data.payload.value === 'success') onVerified(data.transactionReference);
      }, 250),
    [onVerified],
  );

  useEffect(() => {
    window.addEventListener('message', onMessage);
    return () => {
      window.removeEventListener('message', onMessage);
      onMessage.cancel();
    };
  }, [onMessage]);

  return (
    <div className={`identity identity--${stage}`}>
      <iframe src={url} title="Identity" allow="camera;fullscreen" allowFullScreen />
    </div>
  );
}
