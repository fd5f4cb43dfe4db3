import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useJumioOutcome } from './35-useJumioOutcome';

async function startKyc(): Promise<{ redirectUrl: string }> {
  const res = await fetch('/api/kyc/start', { method: 'POST' });
  if (!res.ok) throw new Error('kyc start failed');
  return res.json();
}

export function KycModal({ onClose }: { onClose(reference?: string): void }) {
  const [attempt, setAttempt] = useState(0);
  const { data } = useQuery({ queryKey: ['kyc', attempt], queryFn: startKyc });
  useJumioOutcome({
    onSuccess: (reference) => onClose(reference),
    onRestart: () => setAttempt((n) => n + 1),
    onFailure: () => onClose(),
  });
  return (
    <dialog open className="kyc-modal">
      {data ? <iframe src={data.redirectUrl} allow="camera;fullscreen" allowFullScreen /> : <p>Loading…</p>}
    </dialog>
  );
}
