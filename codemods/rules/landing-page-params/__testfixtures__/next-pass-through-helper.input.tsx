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
  const status = first(router.query.transactionStatus);
  const reference = text(router.query.transactionReference);
  const code = first(router.query.errorCode);
  if (status === 'SUCCESS') return <p>Verified: {reference}</p>;
  return code === '9836' ? <p>Too many attempts</p> : <p>Please try again</p>;
}
