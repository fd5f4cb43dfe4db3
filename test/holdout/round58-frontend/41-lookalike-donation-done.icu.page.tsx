'use client';
// app/give/donation/done/page.tsx — Brightwater Hospice, online giving: the donation page's successUrl and errorUrl.
// Kindred Giving's hosted donation form appends transactionStatus, transactionReference and errorCode to the address.
// The messages are ICU (react-intl); their arguments are named after the query parameters so translators and the
// supporter care team use the same words. Plausible gets one event per return, with the same property names.
import { useEffect } from 'react';
import Link from 'next/link';
import { useRouter, useSearchParams } from 'next/navigation';
import { defineMessages, useIntl } from 'react-intl';

declare global {
  interface Window {
    plausible?: (event: string, options?: { props?: Record<string, string> }) => void;
  }
}

const messages = defineMessages({
  heading: {
    id: 'give.donation.done.heading',
    defaultMessage: '{transactionStatus, select, SUCCESS {Thank you for your gift} ERROR {Your donation did not go through} other {Checking your donation}}',
  },
  reference: {
    id: 'give.donation.done.reference',
    defaultMessage: 'Your donation reference is {transactionReference}.',
  },
  stopped: {
    id: 'give.donation.done.stopped',
    defaultMessage: 'The donation stopped with code {errorCode}.',
  },
  refused: {
    id: 'give.donation.done.refused',
    defaultMessage: 'Your donation was refused. Call our supporter care team on 0800 046 3370 and we will take your gift by phone.',
  },
  help: { id: 'give.donation.done.help', defaultMessage: 'Something not right? Get help' },
});

export default function DonationDonePage() {
  const intl = useIntl();
  const router = useRouter();
  const searchParams = useSearchParams();
  const transactionStatus = searchParams.get('transactionStatus') ?? '';
  const transactionReference = searchParams.get('transactionReference');
  const errorCode = searchParams.get('errorCode');
  // Kindred Giving's KG-051: the donation was refused upstream. Trying again rarely helps; the phone team can take it.
  const refused = errorCode === 'KG-051';

  useEffect(() => {
    window.plausible?.('Donation Return', {
      props: { transactionStatus, transactionReference: transactionReference ?? 'none', errorCode: errorCode ?? 'none' },
    });
    if (transactionStatus !== 'SUCCESS' || !transactionReference) return;
    const timer = setTimeout(() => router.replace(`/give/donation/receipt/${encodeURIComponent(transactionReference)}`), 3000);
    return () => clearTimeout(timer);
  }, [router, transactionStatus, transactionReference, errorCode]);

  return (
    <main className="donation-done">
      <h1 aria-live="polite">{intl.formatMessage(messages.heading, { transactionStatus })}</h1>
      {transactionReference && <p>{intl.formatMessage(messages.reference, { transactionReference })}</p>}
      {refused ? (
        <p role="alert">{intl.formatMessage(messages.refused)}</p>
      ) : (
        errorCode && <p role="alert">{intl.formatMessage(messages.stopped, { errorCode })}</p>
      )}
      <Link href={{ pathname: '/give/donation/help', query: { transactionReference: transactionReference ?? '' } }}>
        {intl.formatMessage(messages.help)}
      </Link>
    </main>
  );
}
