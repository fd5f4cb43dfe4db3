// KYX web client events (already migrated to the Jumio KYX platform).
export interface KyxCallbacks {
  onVerified(workflowExecutionId: string, accountId: string): void;
  onRetry(message: string): void;
}

export function attachKyxBridge(frame: HTMLIFrameElement, cb: KyxCallbacks): () => void {
  frame.allow = 'camera;fullscreen;accelerometer;gyroscope;magnetometer';
  frame.allowFullscreen = true;
  const ac = new AbortController();
  window.addEventListener(
    'message',
    (event: MessageEvent<string>) => {
      if (!event.origin.endsWith('.web.emea-1.jumio.ai')) return;
      const msg = JSON.parse(event.data);
      switch (msg.payload.value) {
        case 'success':
          cb.onVerified(msg.workflowExecutionId, msg.accountId);
          break;
        case 'error':
          switch (msg.payload.metainfo?.code) {
            case 9835:
              cb.onRetry('We could not verify you after three attempts.');
              break;
            case 9836:
              cb.onRetry('Authentication failed.');
              break;
            default:
              cb.onRetry('Something went wrong.');
          }
      }
    },
    { signal: ac.signal },
  );
  return () => ac.abort();
}
