// Keeps the basket in sync across tabs.
const cartChannel = new BroadcastChannel('cart');

export function publishCheckout(transactionReference: string, total: number): void {
  cartChannel.postMessage(JSON.stringify({ transactionReference, payload: { value: 'success', total }, dateTime: new Date().toISOString() }));
}

cartChannel.onmessage = (e: MessageEvent<string>) => {
  const data = JSON.parse(e.data);
  if (data.payload.value === 'success') {
    localStorage.setItem('lastOrder', data.transactionReference);
    document.dispatchEvent(new CustomEvent('cart:cleared', { detail: data.dateTime }));
  }
};
