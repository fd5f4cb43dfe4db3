'use client';
// app/switch/identity/done/page.tsx — Thornbury Energy, switching supplier: the identity check's successUrl and
// errorUrl. Jumio appends transactionStatus, transactionReference and errorCode to the address. The messages are ICU
// (react-intl); their arguments are named after the query parameters so translators and the support team use the
// same words. Plausible gets one event per return, with the same property names.
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
    id: 'switch.identity.done.heading',
    defaultMessage: '{transactionStatus, select, SUCCESS {You are verified} ERROR {We could not verify you} other {Checking your result}}',
  },
  reference: {
    id: 'switch.identity.done.reference',
    defaultMessage: 'Your reference is {transactionReference}.',
  },
  stopped: {
    id: 'switch.identity.done.stopped',
    defaultMessage: 'The check stopped with code {errorCode}.',
  },
  tooManyAttempts: {
    id: 'switch.identity.done.tooManyAttempts',
    defaultMessage: 'We could not get a clear picture after three tries. Call us on 0800 046 1120 and we will finish the check with you.',
  },
  help: { id: 'switch.identity.done.help', defaultMessage: 'Something not right? Get help' },
});

export default function IdentityDonePage() {
  const intl = useIntl();
  const router = useRouter();
  const searchParams = useSearchParams();
  const transactionStatus = searchParams.get('transactionStatus') ?? '';
  const transactionReference = searchParams.get('transactionReference');
  const errorCode = searchParams.get('errorCode');
  // Netverify's 9836: no usable capture in three attempts. A fourth try rarely helps; the phone team finishes it.
  const tooManyAttempts = errorCode === '9836';

  useEffect(() => {
    window.plausible?.('Identity Return', {
      props: { transactionStatus, transactionReference: transactionReference ?? 'none', errorCode: errorCode ?? 'none' },
    });
    if (transactionStatus !== 'SUCCESS' || !transactionReference) return;
    const timer = setTimeout(() => router.replace(`/switch/identity/status/${encodeURIComponent(transactionReference)}`), 3000);
    return () => clearTimeout(timer);
  }, [router, transactionStatus, transactionReference, errorCode]);

  return (
    <main className="identity-done">
      <h1 aria-live="polite">{intl.formatMessage(messages.heading, { transactionStatus })}</h1>
      {transactionReference && <p>{intl.formatMessage(messages.reference, { transactionReference })}</p>}
      {tooManyAttempts ? (
        <p role="alert">{intl.formatMessage(messages.tooManyAttempts)}</p>
      ) : (
        errorCode && <p role="alert">{intl.formatMessage(messages.stopped, { errorCode })}</p>
      )}
      <Link href={{ pathname: '/switch/identity/help', query: { transactionReference: transactionReference ?? '' } }}>
        {intl.formatMessage(messages.help)}
      </Link>
    </main>
  );
}
