// A superagent agent that retries every request (superagent resends any method): the account PUT would be resent.
import superagent from 'superagent';

const jumio = superagent.agent();
jumio.auth(process.env.JUMIO_TOKEN, process.env.JUMIO_SECRET);
jumio.retry(2);

export async function startAuthentication(user) {
  // TODO(netverify-migrate): initiate-authentication: legacy Jumio authentication initiate not migrated automatically: the superagent agent's default .retry(…) (line 6) resends every request of the agent on a network error or a 5xx, and every KYX account PUT starts a new workflow execution: send this call through superagent itself (or an agent without the retry), then migrate it as in MIGRATION.md
  const res = await jumio
    .post('https://lon.netverify.com/api/authentication/v1/web/initiate')
    .set('User-Agent', 'Acme/1.0')
    .send({ enrollmentTransactionReference: user.enrollmentRef, userReference: user.id });
  return { url: res.body.redirectUrl, ref: res.body.transactionReference };
}
