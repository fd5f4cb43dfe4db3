// Cascade Federal Credit Union (US) member API: the first international wire of a member waits for a selfie against
// the ID check from membership. Fastify plugin on the global fetch. The vendor's answer is read in exactly one place,
// FaceLoginLink.fromJson; the route and the app only see the link object (serialised by toJSON).
import type { FastifyInstance } from 'fastify';
import { findMemberForWire, saveWireStepUp } from './store.js';

const NETVERIFY_US = 'https://netverify.com';
const BASIC = 'Basic ' + Buffer.from(`${process.env.CASCADE_NV_TOKEN}:${process.env.CASCADE_NV_SECRET}`).toString('base64');
const LINK_MINUTES = 10;

interface NetverifyInitiateJson {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

class FaceLoginLink {
  private constructor(
    readonly url: string,
    readonly reference: string,
    readonly startedAt: Date,
    private readonly lifetimeMinutes: number,
  ) {
    Object.freeze(this);
  }

  static fromJson(json: NetverifyInitiateJson, lifetimeMinutes: number): FaceLoginLink {
    if (!json.redirectUrl || !json.transactionReference) throw new Error('incomplete face login answer');
    return new FaceLoginLink(json.redirectUrl, json.transactionReference, new Date(json.timestamp), lifetimeMinutes);
  }

  get expiresAt(): Date {
    return new Date(this.startedAt.getTime() + this.lifetimeMinutes * 60_000);
  }

  toJSON() {
    return { url: this.url, reference: this.reference, expiresAt: this.expiresAt.toISOString() };
  }
}

export default async function internationalWireRoutes(app: FastifyInstance) {
  app.post('/wires/:wireId/face-login', async (request: any, reply: any) => {
    const { wireId } = request.params as { wireId: string };
    const member = await findMemberForWire(wireId);
    if (!member) return reply.code(404).send({ error: 'unknown wire' });

    const res = await fetch(`${NETVERIFY_US}/api/authentication/v1/web/initiate`, {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        Authorization: BASIC,
        'User-Agent': 'CascadeFCU-Wires/3.4',
      },
      body: JSON.stringify({
        enrollmentTransactionReference: member.netverifyEnrollment,
        userReference: member.memberNumber,
        successUrl: `https://m.cascadefcu.example/wires/${wireId}/confirmed`,
        errorUrl: `https://m.cascadefcu.example/wires/${wireId}/not-confirmed`,
        tokenLifetimeInMinutes: 10,
      }),
    });
    if (!res.ok) {
      request.log.warn({ status: res.status }, 'face login initiate failed');
      return reply.code(502).send({ error: 'face login unavailable' });
    }

    const link = FaceLoginLink.fromJson((await res.json()) as NetverifyInitiateJson, LINK_MINUTES);
    await saveWireStepUp(wireId, member.memberNumber, link.reference);
    return reply.code(201).send(link);
  });
}
