// A payment widget's next message awaited as a promise; it carries a transactionReference of its own.
export async function waitForPayment(): Promise<string> {
  const e = await new Promise<MessageEvent>((resolve) => window.addEventListener('message', resolve, { once: true }));
  if (e.origin !== 'https://widget.paymentsco.example') throw new Error('unexpected sender');
  const data = JSON.parse(e.data);
  if (data.status !== 'PAID') throw new Error('not paid');
  return data.transactionReference;
}
