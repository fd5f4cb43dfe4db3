import fetch from 'isomorphic-unfetch';
import { getSession } from '../lib/session';

// Next.js pages router: getServerSideProps runs on the server only.
export async function getServerSideProps({ req, res }) {
  const session = await getSession(req, res);
  const response = await fetch('https://lon.netverify.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Basic ${process.env.JUMIO_BASIC}` },
    body: JSON.stringify({ enrollmentTransactionReference: session.user.jumioRef, userReference: session.user.id }),
  });
  const data = await response.json();
  return { props: { iframeUrl: data.redirectUrl } };
}

export default function FaceCheckPage({ iframeUrl }) {
  return <iframe title="Face check" src={iframeUrl} width="100%" height="700" />;
}
