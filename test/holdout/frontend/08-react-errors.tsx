import React, { useEffect } from 'react';
import { track } from './analytics';

const MESSAGES: Record<number, string> = {
  9100: 'Server error',
  9200: 'Session expired, please restart',
  9836: 'We could not verify you after 3 attempts',
};

export default function JumioErrors({ src }: { src: string }) {
  useEffect(() => {
    function handler(e: MessageEvent) {
      let data;
      try {
        data = JSON.parse(e.data);
      } catch {
        return;
      }
      if (data.eventType !== 510) return;
      track('jumio_event', { ref: data['transactionReference'], value: data.payload.value });
      if (data.payload.value === 'error') {
        switch (data.payload.metainfo.code) {
          case 9100:
          case 9810:
            track('jumio_retry');
            break;
          case 9820:
            alert('Camera unavailable');
            break;
          case 9836:
            window.location.href = '/kyc/failed';
            break;
          default:
            alert(MESSAGES[data.payload.metainfo.code] || 'Unexpected error');
        }
      }
    }
    window.addEventListener('message', handler);
    return () => {
      window.removeEventListener('message', handler);
    };
  }, []);
  return <iframe src={src} allow="camera;fullscreen" allowFullScreen title="kyc" />;
}
