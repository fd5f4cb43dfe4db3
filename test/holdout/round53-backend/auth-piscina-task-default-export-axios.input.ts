// Kallang Securities (SG) trading platform: acknowledging a margin call needs the client's face login. The
// notification service fans the margin calls out and starts each face login on its piscina pool, so that the HTTP
// work stays off the thread that sends the notifications. This module is the pool's task file (the pool is created in
// notifications/face-login-pool.ts with this file as its filename): it starts one face login and hands the vendor's
// answer back to the main thread, which stores it with the margin call and puts the link in the notification.
import axios from 'axios';
import { threadId, workerData } from 'node:worker_threads';

const NETVERIFY_SG = 'https://core-sgp.jumio.com';
const { appVersion } = workerData as { appVersion: string };

interface FaceLoginTask {
  marginCallId: string;
  clientNo: string;
  enrolmentRef: string;
  locale: 'en' | 'zh-CN';
}

interface FaceLoginStarted {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export default async function startFaceLogin(task: FaceLoginTask): Promise<FaceLoginStarted> {
  const { data } = await axios.post<FaceLoginStarted>(
    `${NETVERIFY_SG}/api/authentication/v1/web/initiate`,
    {
      enrollmentTransactionReference: task.enrolmentRef,
      userReference: task.clientNo,
      successUrl: `https://trade.kallang.example/margin-calls/${task.marginCallId}/acknowledged`,
      errorUrl: `https://trade.kallang.example/margin-calls/${task.marginCallId}/face-login-failed`,
      locale: task.locale,
      tokenLifetimeInMinutes: 45,
    },
    {
      auth: { username: process.env.KALLANG_NV_TOKEN ?? '', password: process.env.KALLANG_NV_SECRET ?? '' },
      headers: { Accept: 'application/json', 'User-Agent': `Kallang-Trading/${appVersion}` },
    },
  );
  console.debug(`[face-login task, thread ${threadId}] started for margin call ${task.marginCallId}`);
  return data;
}
