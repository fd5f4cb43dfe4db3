import { useSearchParams } from 'react-router-dom';

export function Failed() {
  const [params] = useSearchParams();
  return (
    <div>
      <p>Something went wrong.</p>
      <p>
        {/* TODO(netverify-migrate): landing-page-params: reads transactionReference, errorCode from the query: if this is a Jumio success/error page, KYX sends acquisitionStatus and workflowExecutionId instead of transactionStatus and transactionReference */}
        {params.get('transactionReference')} / {params.get('errorCode')}
      </p>
    </div>
  );
}
