import { useEffect } from 'react';

export function useJumioEvents(onFinished: (reference: string) => void, onFailed: () => void) {
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      let data;
      try {
        data = JSON.parse(event.data);
      } catch {
        return;
      }
      if (data.payload.value === 'success') onFinished(data.workflowExecutionId);
      if (data.payload.value === 'error') onFailed();
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [onFinished, onFailed]);
}
