// Merlion Trust OnboardingService (gRPC, @grpc/grpc-js): the relationship manager's tablet calls StartIdCheck while
// the prospect sits with them, and shows redirect_url on the tablet. The reply is the onboarding.proto message whose
// fields were named after the identity service's answer.
import * as grpc from '@grpc/grpc-js';
import fetch from 'node-fetch';
import { StartIdCheckReply, type StartIdCheckRequest } from './onboarding_pb.js';
import { findProspect, saveProspectIdCheck } from './db.js';

const NV_SG_V4_INITIATE = 'https://core-sgp.jumio.com/api/v4/initiate';
const NV_SG_BASIC = `Basic ${Buffer.from(`${process.env.MERLION_NV_TOKEN}:${process.env.MERLION_NV_SECRET}`).toString('base64')}`;

interface V4InitiateResponse {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export const onboardingService = {
  async startIdCheck(
    call: grpc.ServerUnaryCall<StartIdCheckRequest, StartIdCheckReply>,
    callback: grpc.sendUnaryData<StartIdCheckReply>,
  ): Promise<void> {
    try {
      const prospect = await findProspect(call.request.getProspectId());
      const res = await fetch(NV_SG_V4_INITIATE, {
        method: 'POST',
        headers: {
          Accept: 'application/json',
          'Content-Type': 'application/json',
          Authorization: NV_SG_BASIC,
          'User-Agent': 'MerlionTrust-Onboarding/2.9',
        },
        body: JSON.stringify({
          customerInternalReference: `MT-${prospect.caseNo}`,
          userReference: prospect.id,
          workflowId: 201,
          successUrl: 'https://rm.merliontrust.example/onboarding/id-check/done',
          errorUrl: 'https://rm.merliontrust.example/onboarding/id-check/retry',
          locale: call.request.getLocale() || 'en-GB',
          tokenLifetimeInMinutes: 45,
        }),
      });
      if (!res.ok) {
        callback({ code: grpc.status.UNAVAILABLE, details: `identity service answered HTTP ${res.status}` });
        return;
      }
      const started = (await res.json()) as V4InitiateResponse;
      await saveProspectIdCheck(prospect.id, started.transactionReference, started.timestamp);

      const reply = new StartIdCheckReply();
      reply.setRedirectUrl(started.redirectUrl);
      reply.setTransactionReference(started.transactionReference);
      reply.setStartedAt(started.timestamp);
      callback(null, reply);
    } catch (err) {
      callback({ code: grpc.status.INTERNAL, details: err instanceof Error ? err.message : String(err) });
    }
  },
};
