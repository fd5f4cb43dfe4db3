import { json, redirect, type LoaderFunctionArgs } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { requireUserId } from '~/session.server';
import { recordKycOutcome } from '~/models/kyc.server';

export async function loader({ request }: LoaderFunctionArgs) {
  const userId = await requireUserId(request);
  const url = new URL(request.url);
  const status = url.searchParams.get('transactionStatus');
  const reference = url.searchParams.get('transactionReference');

  if (!status || !reference) throw redirect('/kyc');

  await recordKycOutcome(userId, { status, reference, errorCode: url.searchParams.get('errorCode') });
  return json({ status, reference });
}

export default function KycReturn() {
  const { status, reference } = useLoaderData<typeof loader>();
  return status === 'SUCCESS' ? (
    <p>Thanks! We are reviewing your documents (ref. {reference}).</p>
  ) : (
    <p>
      Verification did not complete. <a href="/kyc">Try again</a>
    </p>
  );
}
