// Messages between the admin shell and its embedded reports frame (same origin, our own protocol).
export type ShellMessage = {
  type: 'navigate' | 'status';
  transactionReference?: string;
  payload: { value: 'ready' | 'success' | 'error' };
};

export function listenToReports(frame: HTMLIFrameElement, onOpen: (ref: string) => void): () => void {
  frame.allow = 'fullscreen';
  const ac = new AbortController();
  window.addEventListener(
    'message',
    (event: MessageEvent<string>) => {
      if (event.origin !== window.location.origin) return;
      const msg = JSON.parse(event.data) as ShellMessage;
      switch (msg.type) {
        case 'navigate':
          if (msg.transactionReference) onOpen(msg.transactionReference);
          break;
        case 'status':
          if (msg.payload.value === 'error') console.warn('reports frame failed');
      }
    },
    { signal: ac.signal },
  );
  return () => ac.abort();
}
