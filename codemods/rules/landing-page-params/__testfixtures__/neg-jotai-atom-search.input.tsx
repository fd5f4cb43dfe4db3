// jotai's atom (not nanostores) holding the order return's query: the names come from the order service's own
// client-side redirect, not from Jumio; only nanostores' makers are followed.
import { atom, useAtomValue } from 'jotai';

const orderReturnAtom = atom(new URLSearchParams(window.location.search));

export function OrderReturn() {
  const q = useAtomValue(orderReturnAtom);
  return <p>{q.get('transactionStatus')} · {q.get('transactionReference')}</p>;
}
