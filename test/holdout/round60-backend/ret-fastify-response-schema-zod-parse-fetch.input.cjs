// Tembusu Remit compliance API (Fastify 4 plugin): GET /compliance/face-logins/:reference tells an officer what the
// identity service holds for a face login. The route's response schema is its public contract (the compliance
// console's client is generated from the OpenAPI document), and Fastify serializes the answer through it.
'use strict';

const fp = require('fastify-plugin');
const { z } = require('zod');
const { auditFaceLoginLookup } = require('./db.cjs');

const NV_SG_AUTHENTICATIONS = 'https://core-sgp.jumio.com/api/netverify/v2/authentications';
const NV_BASIC = 'Basic ' + Buffer.from(`${process.env.TEMBUSU_NV_TOKEN}:${process.env.TEMBUSU_NV_SECRET}`).toString('base64');

// What we accept from the identity service: a change in its answer is an incident, not a silent null.
const IdentityServiceDetails = z.object({
  transactionReference: z.string().uuid(),
  transactionResult: z.enum(['CREATED', 'STARTED', 'PASSED', 'FAILED', 'INVALID', 'EXPIRED']),
  transactionDate: z.string(),
  userReference: z.string().optional(),
});

const faceLoginResponse = {
  type: 'object',
  required: ['transactionReference', 'transactionResult'],
  properties: {
    transactionReference: { type: 'string', format: 'uuid' },
    transactionResult: { type: 'string', enum: ['CREATED', 'STARTED', 'PASSED', 'FAILED', 'INVALID', 'EXPIRED'] },
    transactionDate: { type: 'string' },
    userReference: { type: 'string', nullable: true },
  },
};

module.exports = fp(async function complianceFaceLogins(fastify) {
  fastify.get(
    '/compliance/face-logins/:reference',
    {
      onRequest: [fastify.authenticateOfficer],
      schema: {
        params: { type: 'object', required: ['reference'], properties: { reference: { type: 'string', format: 'uuid' } } },
        response: { 200: faceLoginResponse },
      },
    },
    async (request, reply) => {
      const { reference } = request.params;
      await auditFaceLoginLookup(request.user.id, reference);
      const res = await fetch(`${NV_SG_AUTHENTICATIONS}/${encodeURIComponent(reference)}`, {
        headers: { Accept: 'application/json', Authorization: NV_BASIC, 'User-Agent': 'TembusuRemit-Compliance/3.1' },
      });
      if (res.status === 404) return reply.code(404).send({ error: 'unknown face login reference' });
      if (!res.ok) throw new Error(`face login lookup failed: HTTP ${res.status}`);
      const details = IdentityServiceDetails.parse(await res.json());
      return {
        transactionReference: details.transactionReference,
        transactionResult: details.transactionResult,
        transactionDate: details.transactionDate,
        userReference: details.userReference ?? null,
      };
    },
  );
});
