import got from 'got';

export async function authenticationResult(reference: string): Promise<string> {
  const details = await got(`https://lon.netverify.com/api/netverify/v2/authentications/${reference}`, {
    hooks: {
      beforeRequest: [
        (options: { headers: Record<string, string> }) => {
          options.headers.authorization = `Basic ${process.env.JUMIO_BASIC}`;
        },
      ],
    },
  }).json<{ transactionResult: string }>();
  return details.transactionResult;
}
