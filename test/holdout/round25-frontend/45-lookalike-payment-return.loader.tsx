import { json, redirect, type LoaderFunctionArgs } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';

export async function loader({ request }: LoaderFunctionArgs) {
  const search = new URL(request.url).searchParams;
  const status = search.get('transactionStatus');
  const reference = search.get('transactionReference');
  if (status === 'DECLINED') {
    return redirect(`/checkout/payment?retry=${search.get('errorCode') ?? ''}`);
  }
  return json({ reference, paid: status === 'APPROVED' });
}

export default function PaymentReturn() {
  const { reference } = useLoaderData<typeof loader>();
  return <p>Thank you for your order. Payment reference {reference}</p>;
}
