// Compliance back office (axios). The face-login result reads KYX since March; the ID verification scans and the
// Document Verification documents are still read from the old Netverify retrieval API (their move is planned with
// the KYX ID workflow later this year).
import axios from 'axios';
import { kyxAccessToken } from './kyx-auth.js';

const legacyAuth = { username: process.env.JUMIO_API_TOKEN ?? '', password: process.env.JUMIO_API_SECRET ?? '' };

export async function idScanData(scanReference: string): Promise<{ status: string; document: unknown }> {
  const { data } = await axios.get<{ document: { status: string } }>(
    `https://lon.netverify.com/api/netverify/v2/scans/${scanReference}/data`,
    { auth: legacyAuth, headers: { Accept: 'application/json', 'User-Agent': 'Fenwick Compliance/1.9' } },
  );
  return { status: data.document.status, document: data.document };
}

export async function supportingDocument(documentReference: string): Promise<{ status: string; type: string }> {
  const { data } = await axios.get<{ status: string; type: string }>(
    `https://lon.netverify.com/api/netverify/v2/documents/${documentReference}/data`,
    { auth: legacyAuth, headers: { Accept: 'application/json', 'User-Agent': 'Fenwick Compliance/1.9' } },
  );
  return { status: data.status, type: data.type };
}

export async function faceLoginDecision(accountId: string, workflowExecutionId: string): Promise<string | null> {
  const token = await kyxAccessToken('emea-1');
  const { data } = await axios.get<{ capabilities?: { authentication?: { decision: { type: string } }[] } }>(
    `https://retrieval.emea-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${workflowExecutionId}`,
    { headers: { Accept: 'application/json', 'User-Agent': 'Fenwick Compliance/1.9', Authorization: `Bearer ${token}` } },
  );
  return data.capabilities?.authentication?.[0]?.decision.type ?? null;
}
