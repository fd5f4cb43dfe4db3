// app/kyc/done/page.tsx (Next.js App Router): searchParams is a plain object prop.
export default function Page({ searchParams }: { searchParams: { acquisitionStatus?: string; workflowExecutionId?: string; errorCode?: string } }) {
  if (searchParams.acquisitionStatus === 'ERROR') {
    return <p>Verification failed: {searchParams.errorCode}</p>;
  }
  return <p>Thank you. Reference {searchParams['workflowExecutionId']}</p>;
}
