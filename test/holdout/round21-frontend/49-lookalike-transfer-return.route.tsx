import { json, useLoaderData, type LoaderFunctionArgs } from 'react-router-dom';
import { confirmTransfer } from '../api/transfers';

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const status = url.searchParams.get('transactionStatus');
  const reference = url.searchParams.get('transactionReference');
  if (status === 'SUCCESS' && reference) {
    await confirmTransfer(reference);
  }
  return json({ ok: status === 'SUCCESS', payee: url.searchParams.get('payee') });
}

export function TransferReturn() {
  const { ok, payee } = useLoaderData() as { ok: boolean; payee: string | null };
  return ok ? <p>Transfer to {payee} sent.</p> : <p>The bank transfer was not completed.</p>;
}
