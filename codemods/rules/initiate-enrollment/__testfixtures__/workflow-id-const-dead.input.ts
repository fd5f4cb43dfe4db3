// The workflow id consts fed only the legacy body's workflowId: once it becomes workflowDefinition.key they are dead
// (TS6133 under noUnusedLocals) and go; one that is still logged, and an exported one, stay.
import axios from 'axios';

const JUMIO_WORKFLOW_ID = 200;
const ID_ONLY_WORKFLOW = 100;
export const SELFIE_WORKFLOW = 201;

const auth = { username: process.env.JUMIO_TOKEN ?? '', password: process.env.JUMIO_SECRET ?? '' };

export async function startKyc(userId: string): Promise<string> {
  const { data } = await axios.post<{ redirectUrl: string }>(
    'https://netverify.com/api/v4/initiate',
    { customerInternalReference: userId, workflowId: JUMIO_WORKFLOW_ID },
    { auth },
  );
  return data.redirectUrl;
}

export async function startIdOnly(userId: string): Promise<string> {
  console.log('workflow', ID_ONLY_WORKFLOW);
  const { data } = await axios.post<{ redirectUrl: string }>(
    'https://netverify.com/api/v4/initiate',
    { customerInternalReference: userId, workflowId: ID_ONLY_WORKFLOW },
    { auth },
  );
  return data.redirectUrl;
}

export async function startSelfie(userId: string): Promise<string> {
  const { data } = await axios.post<{ redirectUrl: string }>(
    'https://netverify.com/api/v4/initiate',
    { customerInternalReference: userId, workflowId: SELFIE_WORKFLOW },
    { auth },
  );
  return data.redirectUrl;
}
