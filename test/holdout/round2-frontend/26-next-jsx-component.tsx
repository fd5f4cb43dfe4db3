'use client';

import { useEffect } from 'react';

type Props = { src: string; onDone: (ref: string) => void };

export function VerificationFrame({ src, onDone }: Props) {
  useEffect(() => {
    const handle = (e: MessageEvent) => {
      const msg = JSON.parse(e.data as string);
      if (['success', 'error'].includes(msg.payload.value)) {
        onDone(msg.transactionReference);
      }
    };
    window.addEventListener('message', handle);
    return () => window.removeEventListener('message', handle);
  }, [onDone]);

  return <iframe src={src} allow="camera; fullscreen" allowFullScreen title="Verify" className="h-[710px] w-full" />;
}
