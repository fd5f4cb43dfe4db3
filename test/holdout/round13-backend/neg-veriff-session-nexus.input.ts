// Veriff session from a Nexus mutation; got with a typed json<T>().
import { mutationField, nonNull, stringArg } from 'nexus';
import got from 'got';

export const startVeriff = mutationField('startVeriff', {
  type: 'VerificationSession',
  args: { userId: nonNull(stringArg()) },
  async resolve(_root, { userId }) {
    const res = await got
      .post('https://stationapi.veriff.com/v1/sessions', {
        json: { verification: { callback: 'https://api.acme-pay.example/hooks/veriff', vendorData: userId } },
        headers: { 'X-AUTH-CLIENT': process.env.VERIFF_API_KEY! },
      })
      .json<{ verification: { id: string; url: string } }>();
    return { redirectUrl: res.verification.url, transactionReference: res.verification.id };
  },
});
