// centra (phin's request layer), a client the codemod does not know (US).
import centra from 'centra';

export async function authenticationDetails(reference) {
  const res = await centra(`https://netverify.com/api/netverify/v2/authentications/${reference}`, 'GET')
    .header('Authorization', 'Basic ' + Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64'))
    .header('Accept', 'application/json')
    .timeout(10000)
    .send();
  const details = await res.json();
  return { passed: details.transactionResult === 'PASSED', user: details.userReference };
}
