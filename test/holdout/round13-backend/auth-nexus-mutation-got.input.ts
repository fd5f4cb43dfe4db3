// GraphQL Nexus mutation field; got with a typed json<T>() (SGP data centre).
import { mutationField, nonNull, stringArg } from 'nexus';
import got from 'got';

interface FaceLoginStart {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export const startFaceLogin = mutationField('startFaceLogin', {
  type: 'FaceLoginSession',
  args: { enrollment: nonNull(stringArg()) },
  async resolve(_root, { enrollment }, ctx) {
    const started = await got
      .post('https://core-sgp.jumio.com/api/authentication/v1/web/initiate', {
        json: {
          enrollmentTransactionReference: enrollment,
          userReference: ctx.user.id,
          callbackUrl: 'https://api.acme-pay.example/hooks/jumio/face',
        },
        username: process.env.JUMIO_API_TOKEN,
        password: process.env.JUMIO_API_SECRET,
        headers: { 'user-agent': 'Acme Pay SG/4.2' },
      })
      .json<FaceLoginStart>();
    return { url: started.redirectUrl, reference: started.transactionReference };
  },
});
