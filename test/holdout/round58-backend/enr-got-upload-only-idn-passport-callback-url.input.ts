// Merlion Kirim (SG): remittances from Singapore to Indonesia. A new sender — most of them Indonesian domestic workers
// — verifies their passport and a selfie before the first transfer. Many of their phones cannot run the live camera
// capture, so they upload photos instead. The verification result reaches us on the callback below; the app only
// polls our own API. TypeScript, got.
import got from 'got';
import { findKirimSender, saveSenderKyc } from './db.js';

const NV_SG_INITIATE = 'https://core-sgp.jumio.com/api/v4/initiate';

interface KycStarted {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export async function startSenderKyc(senderId: string): Promise<{ link: string; reference: string }> {
  const sender = await findKirimSender(senderId);

  const started = await got
    .post(NV_SG_INITIATE, {
      username: process.env.MERLION_NV_TOKEN,
      password: process.env.MERLION_NV_SECRET,
      headers: { Accept: 'application/json', 'User-Agent': 'MerlionKirim-App/3.6' },
      json: {
        customerInternalReference: `MK-${sender.memberNo}`,
        userReference: sender.id,
        // ID + identity, upload only
        workflowId: 202,
        presets: [{ index: 1, country: 'IDN', type: 'PASSPORT' }],
        callbackUrl: 'https://api.merlionkirim.example/hooks/netverify/kyc',
        successUrl: `https://app.merlionkirim.example/kyc/${sender.id}/selesai`,
        errorUrl: `https://app.merlionkirim.example/kyc/${sender.id}/gagal`,
        locale: 'id',
        tokenLifetimeInMinutes: 720,
      },
    })
    .json<KycStarted>();

  await saveSenderKyc(sender.id, { reference: started.transactionReference, startedAt: started.timestamp });
  return { link: started.redirectUrl, reference: started.transactionReference };
}
