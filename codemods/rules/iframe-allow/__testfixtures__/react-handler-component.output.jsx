import { useEffect } from 'react';

export default function JumioFrame({ iframeUrl, onDone }) {
  useEffect(() => {
    const onMessage = (event) => {
      if (typeof event.data !== 'string') return;
      const data = JSON.parse(event.data);
      if (data.payload.value === 'success') onDone(data.transactionReference);
      if (data.payload.value === 'error') onDone(null, data.payload.metainfo.code);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [onDone]);

  return <iframe className="jumio" src={iframeUrl} allow={'camera;microphone;fullscreen;accelerometer;gyroscope;magnetometer'} allowFullScreen></iframe>;
}
