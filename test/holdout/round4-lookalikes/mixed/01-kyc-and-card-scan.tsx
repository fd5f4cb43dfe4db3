import { useEffect } from 'react';

// Onboarding: identity check (Jumio web client) and, on the same page, the card scanner of our card issuer.
export function OnboardingFrames({ redirectUrl, scannerUrl, onVerified, onCard }: {
  redirectUrl: string;
  scannerUrl: string;
  onVerified: (ref: string) => void;
  onCard: (last4: string) => void;
}) {
  useEffect(() => {
    function onMessage(event: MessageEvent<string>) {
      if (event.origin.endsWith('.netverify.com')) {
        const data = JSON.parse(event.data);
        if (data.payload.value === 'success') onVerified(data.transactionReference);
        return;
      }
      if (event.origin === 'https://scan.cardissuer.example') {
        const card = JSON.parse(event.data);
        if (card.status === 'success') onCard(card.last4);
      }
    }
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [onVerified, onCard]);
  return (
    <section>
      <iframe src={redirectUrl} allow="camera;fullscreen" title="Identity check" />
      <iframe src={scannerUrl} allow="camera;fullscreen" title="Scan your card" />
    </section>
  );
}
