// app/kyc/done/page.tsx (Next.js App Router): searchParams is a plain object prop.
export default function Page({ searchParams }: { searchParams: { transactionStatus?: string; transactionReference?: string; errorCode?: string } }) {
  if (searchParams.transactionStatus === 'ERROR') {
    return <p>Verification failed: {searchParams.errorCode}</p>;
  }
  return <p>Thank you. Reference {searchParams['transactionReference']}</p>;
}
