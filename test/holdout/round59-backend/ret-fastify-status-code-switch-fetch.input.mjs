// Tembusu Pay (SG) support tools: an agent looks a customer's face login up by its reference while on the phone with
// them. A Fastify 4 plugin, ESM, the global fetch (Node 20). The agent's screen tells an unknown reference (a typo, or
// purged after our 90-day retention) apart from the vendor refusing us (credentials rotated) and from an outage.
const NV_SG = 'https://core-sgp.jumio.com';
const NV_BASIC = 'Basic ' + Buffer.from(`${process.env.TEMBUSU_NV_TOKEN}:${process.env.TEMBUSU_NV_SECRET}`).toString('base64');

export default async function faceLoginLookup(fastify) {
  fastify.get('/support/face-logins/:reference', { onRequest: [fastify.authenticateAgent] }, async (request, reply) => {
    const { reference } = request.params;
    const res = await fetch(`${NV_SG}/api/netverify/v2/authentications/${encodeURIComponent(reference)}`, {
      headers: { Accept: 'application/json', Authorization: NV_BASIC, 'User-Agent': 'TembusuPay-Support/3.7' },
    });

    switch (res.status) {
      case 200:
        break;
      case 404:
        return reply.code(404).send({ error: 'unknown_reference', hint: 'check the reference, or it was purged after 90 days' });
      case 401:
      case 403:
        request.log.error({ status: res.status }, 'face login lookup refused: check the API credentials');
        return reply.code(502).send({ error: 'vendor_refused' });
      default:
        request.log.warn({ status: res.status }, 'face login lookup failed');
        return reply.code(503).send({ error: 'vendor_unavailable' });
    }

    const details = await res.json();
    return {
      reference: details.transactionReference,
      customer: details.userReference ?? null,
      result: details.transactionResult,
      performedAt: details.transactionDate,
    };
  });
}
