import { useState } from 'react';
import { useWindowEvent } from '@mantine/hooks';

export function KycStatus({ onDone }: { onDone: (ref: string) => void }) {
  const [error, setError] = useState<number | null>(null);
  useWindowEvent('message', (event) => {
    if (typeof event.data !== 'string') return;
    const data = JSON.parse(event.data);
    if (data.payload?.value === 'success') onDone(data.transactionReference);
    else if (data.payload?.value === 'error') setError(data.payload.metainfo.code);
  });
  return error === null ? null : <p>Verification failed ({error})</p>;
}
