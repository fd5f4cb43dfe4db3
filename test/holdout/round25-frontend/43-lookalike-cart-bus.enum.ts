enum FrameEvent { Loaded = 'loaded', Success = 'success', Error = 'error' }

// The shop's own cart bus between tabs: not a window listener.
export function attachCartBus(onSaved: (reference: string) => void, onFailed: () => void): () => void {
  const bus = new BroadcastChannel('cart');
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
        onSaved(payloadData.transactionReference);
        break;
      case FrameEvent.Error:
        onFailed();
        break;
    }
  };
  bus.addEventListener('message', handler);
  return () => bus.close();
}
