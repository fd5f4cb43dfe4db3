import { styled } from '@mui/material/styles';
import { useEffect } from 'react';

const ScannerFrame = styled('iframe')({ width: '100%', height: 420, border: 0 });

// Card OCR widget: the customer holds the card to the camera, the widget posts the masked result.
export function CardScanner({ src, onCard }: { src: string; onCard: (last4: string, expiry: string) => void }) {
  useEffect(() => {
    function onMessage(event: MessageEvent<string>) {
      const data = JSON.parse(event.data);
      if (data.status === 'success') onCard(data.card.last4, data.card.expiry);
    }
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [onCard]);
  return <ScannerFrame src={src} allow="camera;fullscreen" title="Scan your card" />;
}
