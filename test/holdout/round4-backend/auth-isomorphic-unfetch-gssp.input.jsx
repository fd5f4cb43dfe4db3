import fetch from 'isomorphic-unfetch';
import { getSession } from '../../lib/session';

export async function getServerSideProps({ req, res }) {
  const session = await getSession(req, res);
  if (!session.user) {
    return { redirect: { destination: '/login', permanent: false } };
  }

  const response = await fetch('https://lon.netverify.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Basic ${process.env.JUMIO_BASIC}`,
      'User-Agent': 'Nimbus Web/1.1',
    },
    body: JSON.stringify({
      enrollmentTransactionReference: session.user.jumioRef,
      userReference: session.user.id,
    }),
  });
  const data = await response.json();
  return { props: { iframeUrl: data.redirectUrl } };
}

export default function FaceCheckPage({ iframeUrl }) {
  return <iframe title="Face check" src={iframeUrl} allow="camera;fullscreen" allowFullScreen width="100%" height="700" />;
}
