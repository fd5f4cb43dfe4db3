// app/give/thanks/page.tsx — a donation platform's return page with the same parameter shape.
type Props = { searchParams: { transactionStatus?: string; transactionReference?: string } };

export default function DonationThanksPage({ searchParams: { transactionStatus, transactionReference } }: Props) {
  return transactionStatus === 'SUCCESS' ? <p>Thank you for your gift ({transactionReference})</p> : <p>Your donation did not go through</p>;
}
