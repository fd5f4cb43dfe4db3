import { useEffect } from 'react';

// Two frames that both ask for camera;fullscreen, and a handler that also listens to a card issuer's frame:
// either frame may be the card scanner, so neither is changed — both get a marker.
export function Onboarding({ redirectUrl, scannerUrl, onDone, onCard }: { redirectUrl: string; scannerUrl: string; onDone: (r: string) => void; onCard: (l: string) => void }) {
  useEffect(() => {
    const onMessage = (event: MessageEvent<string>) => {
      if (event.origin.endsWith('.netverify.com')) {
        const data = JSON.parse(event.data);
        if (data.payload.value === 'success') onDone(data.transactionReference);
        return;
      }
      if (event.origin === 'https://scan.cardissuer.example') onCard(JSON.parse(event.data).last4);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [onDone, onCard]);
  return (
    <section>
      <iframe src={redirectUrl} allow="camera;fullscreen" title="Identity check" />
      <iframe src={scannerUrl} allow="camera;fullscreen" title="Scan your card" />
    </section>
  );
}
