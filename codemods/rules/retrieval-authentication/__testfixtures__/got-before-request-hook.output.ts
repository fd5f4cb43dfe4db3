import got from 'got';

export async function authenticationResult(reference: string): Promise<string> {
  // TODO(netverify-migrate): retrieval-authentication: legacy retrieval whose beforeRequest hook (line 6) may set the Authorization header (it would replace the Bearer token): make it leave KYX calls alone, then migrate by hand to GET retrieval.<region>.jumio.ai/api/v1/accounts/{accountId}/workflow-executions/{workflowExecutionId} with a Bearer token
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
