enum FrameEvent { Loaded = 'loaded', Success = 'success', Error = 'error' }

export function attachIdentityEvents(onDone: (reference: string) => void, onLocked: () => void): () => void {
  const handler = (event: MessageEvent): void => {
    let payloadData;
    try {
      payloadData = JSON.parse(event.data);
    } catch {
      return;
    }
    switch (payloadData.payload.value) {
      case FrameEvent.Loaded:
        break;
      case FrameEvent.Success:
        onDone(payloadData.transactionReference);
        break;
      case FrameEvent.Error:
        if (payloadData.payload.metainfo?.code === 9836) onLocked();
        break;
    }
  };
  window.addEventListener('message', handler);
  return () => window.removeEventListener('message', handler);
}
