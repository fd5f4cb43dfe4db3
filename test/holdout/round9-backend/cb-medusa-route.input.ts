// Medusa v2 API route (src/api/hooks/face-auth/route.ts): the authentication callback; Medusa parses urlencoded bodies.
import type { MedusaRequest, MedusaResponse } from '@medusajs/framework/http';

type LegacyAuthCallback = {
  callBackType: string;
  transactionReference: string;
  transactionResult: string;
  livenessImages?: string;
  callbackDate: string;
};

export const POST = async (req: MedusaRequest<LegacyAuthCallback>, res: MedusaResponse) => {
  const { callBackType, transactionReference, transactionResult, callbackDate } = req.body;
  if (callBackType !== 'NETVERIFY_AUTHENTICATION') return res.sendStatus(400);
  const faceAuth = req.scope.resolve('faceAuthModuleService');
  await faceAuth.updateFaceAuths({ reference: transactionReference, result: transactionResult, callbackAt: callbackDate });
  res.sendStatus(200);
};
