// wouter route of the identity check's return URL (already on KYX).
import { Link, useSearch } from 'wouter';

export default function KycReturn() {
  const params = new URLSearchParams(useSearch());
  const ok = params.get('acquisitionStatus') === 'SUCCESS';
  return ok ? (
    <p>Identity verified — reference {params.get('workflowExecutionId')}</p>
  ) : (
    <p>
      Identity check failed ({params.get('errorCode')}). <Link href="/kyc">Retry</Link>
    </p>
  );
}
