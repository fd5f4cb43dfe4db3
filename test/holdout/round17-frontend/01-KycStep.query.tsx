// React 19 + TanStack Query v5: the verification step starts the session with a mutation (our own API), shows the
// Netverify web client in a frame, and puts the frame's events into the query cache for the rest of the wizard.
import { useEffect } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';

type KycStatus = { state: 'done' | 'failed'; reference: string; code?: number };

export function KycStep({ userId }: { userId: string }) {
  const queryClient = useQueryClient();
  const start = useMutation({
    mutationFn: async () => {
      const res = await fetch('/api/kyc/sessions', { method: 'POST', body: JSON.stringify({ userId }) });
      return (await res.json()) as { frameUrl: string };
    },
  });

  useEffect(() => {
    function onMessage(event: MessageEvent) {
      if (!event.origin.endsWith('.netverify.com')) return;
      const data = JSON.parse(event.data);
      if (data.payload.value === 'success') {
        queryClient.setQueryData<KycStatus>(['kyc', userId], { state: 'done', reference: data.transactionReference });
      } else if (data.payload.value === 'error') {
        queryClient.setQueryData<KycStatus>(['kyc', userId], { state: 'failed', reference: data.transactionReference, code: data.payload.metainfo?.code });
      }
    }
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [queryClient, userId]);

  if (!start.data) return <button onClick={() => start.mutate()} disabled={start.isPending}>Verify my identity</button>;
  return <iframe title="Identity verification" src={start.data.frameUrl} width="100%" height="720" allow="camera;fullscreen" />;
}
