export default function Page({ searchParams }: { searchParams: { transactionStatus?: string; transactionReference?: string; errorCode?: string } }) {
  if (searchParams.transactionStatus === 'ERROR') return <p>Failed: {searchParams.errorCode}</p>;
  return <p>Done {searchParams.transactionReference}</p>;
}
