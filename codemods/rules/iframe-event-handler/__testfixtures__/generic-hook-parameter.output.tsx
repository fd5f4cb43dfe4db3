import { useEffect } from 'react';

interface FrameEvent {
  workflowExecutionId: string;
  payload: { value: 'loaded' | 'success' | 'error' };
}

// A generic hook: its listener parses what is posted and calls the function it was given with it.
function useParsedMessages<T>(onMessage: (message: T) => void): void {
  useEffect(() => {
    const listener = (event: MessageEvent) => {
      if (typeof event.data !== 'string') return;
      onMessage(JSON.parse(event.data) as T);
    };
    window.addEventListener('message', listener);
    return () => window.removeEventListener('message', listener);
  }, [onMessage]);
}

export function VerificationFrame({ src, onDone }: { src: string; onDone: (reference: string) => void }) {
  useParsedMessages<FrameEvent>((message) => {
    if (message.payload.value === 'success') onDone(message.workflowExecutionId);
  });
  return <iframe src={src} title="Verification" allow="camera;fullscreen" allowFullScreen />;
}
