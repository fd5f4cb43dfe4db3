// app/give/thanks/page.tsx — donation platform return page (Next.js 14 App Router).
type Props = {
  searchParams: { transactionStatus?: string; transactionReference?: string };
};

export default function DonationThanksPage({ searchParams: { transactionStatus, transactionReference } }: Props) {
  if (transactionStatus !== 'SUCCESS') {
    return <main><h1>Your donation did not go through</h1></main>;
  }
  return (
    <main>
      <h1>Thank you for your gift!</h1>
      <p>Donation reference {transactionReference}</p>
    </main>
  );
}
