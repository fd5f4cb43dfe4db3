import superagent from 'superagent';

const ENDPOINT = 'https://netverify.com/api/authentication/v1/web/initiate';

export function beginStepUp(member) {
  return superagent
    .post(ENDPOINT)
    .auth(process.env.JUMIO_API_TOKEN, process.env.JUMIO_API_SECRET, { type: 'basic' })
    .set('Accept', 'application/json')
    .set('User-Agent', 'CreditUnion StepUp/2.0')
    .timeout({ response: 5000, deadline: 15000 })
    .send({
      enrollmentTransactionReference: member.enrollmentRef,
      userReference: member.memberNo,
      successUrl: `https://members.example.coop/step-up/${member.memberNo}/ok`,
    })
    .then(({ body: { redirectUrl, transactionReference } }) => ({ redirectUrl, transactionReference }));
}
