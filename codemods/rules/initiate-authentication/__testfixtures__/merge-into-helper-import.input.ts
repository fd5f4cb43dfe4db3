// Half-migrated by hand: the retrieval below is on KYX and imports the token helper; the initiate is still legacy.
import axios from 'axios';
import { kyxAccessToken } from './kyx-auth.js';

export async function startFaceLogin(enrollmentRef: string): Promise<string> {
  const { data } = await axios.post('https://netverify.com/api/authentication/v1/web/initiate', {
    enrollmentTransactionReference: enrollmentRef,
    successUrl: 'https://portal.example.com/face-login/done',
  }, {
    auth: { username: process.env.JUMIO_TOKEN!, password: process.env.JUMIO_SECRET! },
  });
  return data.redirectUrl;
}

export async function faceLoginStatus(accountId: string, workflowExecutionId: string): Promise<string> {
  const res = await fetch(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${workflowExecutionId}`, {
    headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
  });
  const details = (await res.json()) as { workflow: { status: string } };
  return details.workflow.status;
}
