import { json, useLoaderData, type LoaderFunctionArgs } from 'react-router-dom';
import { confirmIdentity } from '../api/identity';

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const status = url.searchParams.get('transactionStatus');
  const reference = url.searchParams.get('transactionReference');
  if (status === 'SUCCESS' && reference) {
    await confirmIdentity(reference);
  }
  return json({ ok: status === 'SUCCESS', errorCode: url.searchParams.get('errorCode') });
}

export function IdentityReturn() {
  const { ok, errorCode } = useLoaderData() as { ok: boolean; errorCode: string | null };
  return ok ? <p>Identity verified. You can close this page.</p> : <p>Identity check failed ({errorCode ?? 'unknown'}).</p>;
}
