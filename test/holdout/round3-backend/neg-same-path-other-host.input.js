// Internal SSO: "web initiate" of our own step-up authentication service.
import axios from 'axios';

const SSO = 'https://sso.internal.example-bank.com';

export async function beginStepUp(session) {
  const res = await axios.post(`${SSO}/api/authentication/v1/web/initiate`, {
    subject: session.userId,
    acr: 'urn:example:acr:strong',
    redirectUrl: session.returnTo,
  }, {
    headers: { Authorization: 'Basic ' + Buffer.from(`${process.env.SSO_CLIENT}:${process.env.SSO_SECRET}`).toString('base64') },
  });
  return { redirectUrl: res.data.redirectUrl, transactionReference: res.data.transactionReference };
}
