import { useState } from 'react';
import { useKycMessages, type KycResult } from './58-lookalike-kyc-hooks.index';

export function KycPanel({ frameUrl }: { frameUrl: string }) {
  const [result, setResult] = useState<KycResult | null>(null);
  useKycMessages(setResult);

  if (result?.status === 'success') return <p>Verified ({result.reference})</p>;
  return (
    <section className="kyc-panel">
      {result?.status === 'error' && <p role="alert">Error {result.code}. Please try again.</p>}
      <iframe src={frameUrl} title="Identity verification" allow="camera;fullscreen" width="100%" height={660} />
    </section>
  );
}
