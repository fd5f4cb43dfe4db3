import fetch from 'isomorphic-unfetch';
import { getSession } from '../lib/session';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth.mjs';

// Next.js pages router: getServerSideProps runs on the server only.
export async function getServerSideProps({ req, res }) {
  const session = await getSession(req, res);
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.mjs (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(session.user.jumioRef);
  const response = await fetch(`https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await kyxAccessToken('emea-1')}` },
    body: JSON.stringify({ customerInternalReference: session.user.id, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: session.user.id }),
  });
  const data = await response.json();
  return { props: { iframeUrl: data.web.href } };
}

export default function FaceCheckPage({ iframeUrl }) {
  return <iframe title="Face check" src={iframeUrl} width="100%" height="700" />;
}
