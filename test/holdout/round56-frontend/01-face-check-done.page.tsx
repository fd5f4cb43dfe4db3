// app/(banking)/security/face-check/done/page.tsx
// Where the identity face check sends the member back: successUrl and errorUrl are both this page. Since Next 15
// `searchParams` is a promise; we hand it to the outcome unawaited so the heading and the skeleton stream straight
// away while the outcome waits on the identity API.
import { Suspense } from 'react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { confirmIdentityFaceCheck } from '@/lib/security/identity';
import { OutcomeSkeleton } from '@/components/security/outcome-skeleton';

type FaceCheckReturn = {
  transactionStatus?: 'SUCCESS' | 'ERROR';
  transactionReference?: string;
  errorCode?: string;
};

export const metadata: Metadata = { title: 'Face check – Larkspur Bank', robots: { index: false } };

async function FaceCheckResult({ search }: { search: Promise<FaceCheckReturn> }) {
  const { transactionStatus, transactionReference, errorCode } = await search;

  if (transactionStatus === 'SUCCESS' && transactionReference) {
    // The query can be edited by anyone: the identity API has the final word.
    const confirmed = await confirmIdentityFaceCheck(transactionReference);
    if (confirmed.state === 'PASSED') {
      return (
        <section className="outcome outcome--ok">
          <h2>Thanks, that was you</h2>
          <p>Your new device is trusted from now on.</p>
          <Link className="button" href="/security/devices">
            Back to your devices
          </Link>
        </section>
      );
    }
    return (
      <section className="outcome outcome--pending">
        <h2>We are still checking</h2>
        <p>This usually takes a minute or two. We will send you a message in the app when it is done.</p>
        <p className="muted">Reference {transactionReference}</p>
      </section>
    );
  }

  // Three rejected captures in a row: online retries are locked, the member has to call us.
  if (errorCode === '9836') redirect('/security/face-check/locked');

  return (
    <section className="outcome outcome--error">
      <h2>The face check did not finish</h2>
      <p>{errorCode ? `Something went wrong on our side (code ${errorCode}).` : 'The face check was cancelled.'}</p>
      <Link className="button" href="/security/face-check">
        Try again
      </Link>
    </section>
  );
}

export default function FaceCheckDonePage({ searchParams }: { searchParams: Promise<FaceCheckReturn> }) {
  return (
    <main className="security-page">
      <h1>Face check</h1>
      <Suspense fallback={<OutcomeSkeleton label="Checking your result…" />}>
        <FaceCheckResult search={searchParams} />
      </Suspense>
    </main>
  );
}
