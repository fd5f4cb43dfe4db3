// Every Jumio setting in one namespace: the URL and the workflow id.
import axios from 'axios';

namespace JumioV4 {
  export const INITIATE = 'https://netverify.com/api/v4/initiate';
  export const WORKFLOW_ID_ONLY = 101;
}

export async function onboard(customerId: string) {
  const { data } = await axios.post(
    JumioV4.INITIATE,
    { customerInternalReference: customerId, workflowId: JumioV4.WORKFLOW_ID_ONLY },
    { auth: { username: process.env.JUMIO_TOKEN ?? '', password: process.env.JUMIO_SECRET ?? '' } },
  );
  return data.redirectUrl as string;
}
