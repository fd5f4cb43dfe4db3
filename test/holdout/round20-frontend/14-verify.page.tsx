'use client';

import { useEffect, useState } from 'react';
import { useRouter } from 'next/navigation';

export default function VerifyPage() {
  const router = useRouter();
  const [frameUrl, setFrameUrl] = useState<string | null>(null);

  useEffect(() => {
    fetch('/api/identity/session', { method: 'POST' })
      .then((res) => res.json())
      .then((session: { redirectUrl: string }) => setFrameUrl(session.redirectUrl));
  }, []);

  useEffect(() => {
    function onFrameMessage(event: MessageEvent) {
      if (!event.origin.endsWith('.netverify.com')) return;
      const data = JSON.parse(event.data);
      if (data.payload.value === 'success') {
        router.push(`/verify/done?transactionReference=${encodeURIComponent(data.transactionReference)}`);
      } else if (data.payload.value === 'error') {
        router.push(`/verify/done?transactionStatus=ERROR&errorCode=${data.payload.metainfo?.code ?? ''}`);
      }
    }
    window.addEventListener('message', onFrameMessage);
    return () => window.removeEventListener('message', onFrameMessage);
  }, [router]);

  if (!frameUrl) return <p>Loading…</p>;
  return <iframe src={frameUrl} title="Verify your identity" className="h-[660px] w-full" allow="camera;fullscreen" allowFullScreen />;
}
