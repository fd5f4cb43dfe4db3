// Support console: the face-login status of a member, read from the KYX retrieval API (migrated last year).

interface WorkflowDetails {
  workflow: { id: string; status: 'INITIATED' | 'ACQUIRED' | 'PROCESSED' | 'SESSION_EXPIRED' | 'TOKEN_EXPIRED'; userReference?: string };
  capabilities?: { authentication?: { decision: { type: 'PASSED' | 'REJECTED' | 'NOT_EXECUTED' } }[] };
}

async function kyxToken(region: string): Promise<string> {
  const res = await fetch(`https://auth.${region}.jumio.ai/oauth2/token`, {
    method: 'POST',
    headers: {
      Authorization: `Basic ${Buffer.from(`${process.env.KYX_CLIENT_ID ?? ''}:${process.env.KYX_CLIENT_SECRET ?? ''}`).toString('base64')}`,
      'Content-Type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials',
  });
  const json = (await res.json()) as { access_token: string };
  return json.access_token;
}

export type ConsoleStatus = 'verified' | 'rejected' | 'in-progress' | 'retry' | 'expired';

const STATUS_BY_DECISION: Record<'PASSED' | 'REJECTED' | 'NOT_EXECUTED', ConsoleStatus> = {
  PASSED: 'verified',
  REJECTED: 'rejected',
  NOT_EXECUTED: 'retry',
};

export async function faceLoginStatus(accountId: string, workflowExecutionId: string): Promise<{ reference: string; member: string | null; status: ConsoleStatus }> {
  const res = await fetch(`https://retrieval.apac-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${workflowExecutionId}`, {
    headers: { Accept: 'application/json', Authorization: `Bearer ${await kyxToken('apac-1')}`, 'User-Agent': 'Lumen Support/2.0' },
  });
  if (!res.ok) throw new Error(`KYX lookup failed: ${res.status}`);
  const details = (await res.json()) as WorkflowDetails;

  let status: ConsoleStatus;
  switch (details.workflow.status) {
    case 'PROCESSED': {
      const decision = details.capabilities?.authentication?.[0]?.decision.type;
      status = decision ? STATUS_BY_DECISION[decision] : 'in-progress';
      break;
    }
    case 'SESSION_EXPIRED':
    case 'TOKEN_EXPIRED':
      status = 'expired';
      break;
    default:
      status = 'in-progress';
  }
  return { reference: details.workflow.id, member: details.workflow.userReference ?? null, status };
}
