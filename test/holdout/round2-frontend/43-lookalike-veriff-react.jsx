import React, { useEffect } from 'react';

// Veriff InContext: also needs camera access in the iframe.
export default function VeriffFrame({ sessionUrl, onFinished }) {
  useEffect(() => {
    const onMessage = (event) => {
      if (!event.origin.endsWith('.veriff.me')) return;
      const data = typeof event.data === 'string' ? JSON.parse(event.data) : event.data;
      if (data.status === 'success') onFinished(data.sessionId);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [onFinished]);

  return <iframe src={sessionUrl} allow="camera;fullscreen" allowFullScreen title="Veriff" />;
}
