// Payment return page: only transactionStatus is read.
export function paymentResult(search: string): boolean {
  const q = new URLSearchParams(search);
  return q.get('transactionStatus') === 'SUCCESS';
}
