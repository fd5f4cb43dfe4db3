import { useEffect, useState } from 'react';

// What we show for the Jumio web client's error codes (payload.metainfo.code).
const JUMIO_ERROR_MESSAGES: Record<number, string> = {
  9100: 'Something went wrong on our side. Please try again.',
  9200: 'Your session has expired. Please start again.',
  9210: 'Your session has expired. Please start again.',
  9820: 'We could not access your camera.',
  9821: 'We could not capture your face. Please try again.',
  9836: 'Too many attempts. Please contact support.',
};

type Props = { frameUrl: string; onVerified(reference: string): void };

export default function IdentityVerification({ frameUrl, onVerified }: Props) {
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    window.addEventListener(
      'message',
      (event: MessageEvent) => {
        const { hostname } = new URL(event.origin);
        if (!hostname.endsWith('netverify.com')) return;
        const data = JSON.parse(event.data);
        if (data.payload.value === 'success') onVerified(data['transactionReference']);
        if (data.payload.value === 'error') setError(JUMIO_ERROR_MESSAGES[data.payload.metainfo?.code] ?? 'Verification failed.');
      },
      { signal: controller.signal },
    );
    return () => controller.abort();
  }, [onVerified]);

  return (
    <div className="identity-verification">
      {error && <p role="alert">{error}</p>}
      <iframe src={frameUrl} title="Identity verification" width="100%" height="710" allow="fullscreen; camera" allowFullScreen />
    </div>
  );
}
