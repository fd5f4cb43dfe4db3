import { useEffect } from 'react';

// Already on KYX (migrated by hand in 2024): 9836 is KYX's "authentication failure".
export function useIdentityEvents(onDone: (id: string) => void, onFaceMismatch: () => void) {
  useEffect(() => {
    const onMessage = (event: MessageEvent<string>) => {
      if (!event.origin.endsWith('.web.amer-1.jumio.ai')) return;
      const data = JSON.parse(event.data);
      if (data.payload.value === 'success') onDone(data.workflowExecutionId);
      else if (data.payload.value === 'error' && data.payload.metainfo?.code === 9836) onFaceMismatch();
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [onDone, onFaceMismatch]);
}
