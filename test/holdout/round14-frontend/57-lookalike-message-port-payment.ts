// Payment sheet bridge: the sheet answers over a MessageChannel port, not on the window.
export function connectPaymentSheet(frame: HTMLIFrameElement, onPaid: (ref: string) => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = (e: MessageEvent) => {
    const data = JSON.parse(e.data);
    if (data.payload.value === 'success') onPaid(data.transactionReference);
  };
  frame.contentWindow?.postMessage('init', 'https://sheet.payments.example', [channel.port2]);
}
