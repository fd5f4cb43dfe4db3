/** @jsxImportSource preact */
import { signal, effect } from '@preact/signals';

// Global KYC state shared by the onboarding wizard.
export const kycReference = signal<string | null>(null);
export const kycStatus = signal<'idle' | 'loaded' | 'success' | 'error'>('idle');

effect(() => {
  const onNetverify = (ev: MessageEvent) => {
    let msg;
    try {
      msg = JSON.parse(ev.data);
    } catch {
      return;
    }
    if (msg.eventType !== 510) return; // 510 = application state change
    kycStatus.value = msg.payload.value;
    if (msg.payload.value === 'success') kycReference.value = msg.transactionReference;
  };
  window.addEventListener('message', onNetverify);
  return () => window.removeEventListener('message', onNetverify);
});

export function KycFrame({ url }: { url: string }) {
  return (
    <iframe
      src={url}
      allow="camera; fullscreen"
      allowFullScreen
      class="kyc-frame"
    />
  );
}
