// Legacy "internal module" style: every Jumio setting in one namespace.
import axios from 'axios';

namespace JumioV4 {
  export const INITIATE = 'https://lon.netverify.com/api/v4/initiate';
  export const WORKFLOW_ID_AND_IDENTITY = 201;
  export const USER_AGENT = 'Litware HR Onboarding/1.0';
}

export async function onboardEmployee(employeeId: string, locale: string) {
  const { data } = await axios.post(
    JumioV4.INITIATE,
    {
      customerInternalReference: employeeId,
      workflowId: JumioV4.WORKFLOW_ID_AND_IDENTITY,
      locale,
      tokenLifetimeInMinutes: 2880,
    },
    {
      auth: { username: process.env.JUMIO_TOKEN ?? '', password: process.env.JUMIO_SECRET ?? '' },
      headers: { 'User-Agent': JumioV4.USER_AGENT },
    },
  );
  return { verificationUrl: data.redirectUrl, verificationRef: data.transactionReference };
}
