// A pages-router landing page reads the pair and errorCode through a small helper of the file that hands back the
// query value (`first(value)` and `(v) => v ?? ''`): the pair is renamed, and errorCode compared with 9836 through the
// helper is the parameter's value, so the changed meaning of 9836 is flagged (hold-out round 19 front end, 09).
import { useRouter } from 'next/router';

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

const text = (v: string | string[] | undefined) => (typeof v === 'string' ? v : '');

export default function VerifyDone() {
  const router = useRouter();
  const status = first(router.query.acquisitionStatus);
  const reference = text(router.query.workflowExecutionId);
  const code = first(router.query.errorCode);
  if (status === 'SUCCESS') return <p>Verified: {reference}</p>;
  // TODO(netverify-migrate): landing-page-params: errorCode 9836 changed meaning: legacy 9836 (no acceptable submission in 3 attempts) is 9835 on KYX; 9836 now means authentication failure
  return code === '9836' ? <p>Too many attempts</p> : <p>Please try again</p>;
}
