import { json, redirect, type LoaderFunctionArgs } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';

export async function loader({ request }: LoaderFunctionArgs) {
  const search = new URL(request.url).searchParams;
  const status = search.get('transactionStatus');
  const reference = search.get('transactionReference');
  if (status === 'ERROR') {
    return redirect(`/identity/retry?code=${search.get('errorCode') ?? ''}`);
  }
  return json({ reference });
}

export default function IdentityReturn() {
  const { reference } = useLoaderData<typeof loader>();
  return <p>Identity verified. Reference {reference}</p>;
}
