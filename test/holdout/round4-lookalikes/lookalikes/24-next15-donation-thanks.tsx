// app/give/thanks/page.tsx — the giving platform returns donors here after they confirm the gift.
import Link from 'next/link';

export default async function ThanksPage({ searchParams }: { searchParams: Promise<{ transactionStatus?: string; transactionReference?: string }> }) {
  const { transactionStatus, transactionReference } = await searchParams;
  if (transactionStatus !== 'SUCCESS') {
    return (
      <main>
        <h1>Your gift was not completed</h1>
        <Link href="/give">Try again</Link>
      </main>
    );
  }
  return (
    <main>
      <h1>Thank you for your gift!</h1>
      <p>Keep this reference for your tax receipt: {transactionReference}</p>
    </main>
  );
}
