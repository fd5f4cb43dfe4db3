// Fraud desk (EMEA region, KYX platform): the "check now" button re-reads a face login's workflow execution, files the
// full answer in the audit collection (who asked, when) and shows the analyst a verdict.
import { MongoClient } from 'mongodb';

interface WorkflowExecutionDetails {
  workflow: { id: string; status: 'INITIATED' | 'ACQUIRED' | 'PROCESSED' | 'SESSION_EXPIRED' | 'TOKEN_EXPIRED'; userReference?: string };
  account: { id: string };
  createdAt: string;
  capabilities?: { authentication?: Array<{ decision: { type: 'PASSED' | 'REJECTED' | 'NOT_EXECUTED' } }> };
}

export interface DeskVerdict {
  reference: string;
  memberId: string | null;
  passed: boolean;
  final: boolean;
}

const mongo = new MongoClient(process.env.MONGO_URL ?? 'mongodb://localhost:27017');
const checks = mongo.db('fraud-desk').collection('face_login_checks');

const KYX_RETRIEVAL = 'https://retrieval.emea-1.jumio.ai/api/v1/accounts';
const KYX_TOKEN_URL = 'https://auth.emea-1.jumio.ai/oauth2/token';

let token: { value: string; expiresAt: number } | undefined;

async function bearer(): Promise<string> {
  if (token && token.expiresAt > Date.now() + 60_000) return `Bearer ${token.value}`;
  const client = Buffer.from(`${process.env.KYX_CLIENT_ID}:${process.env.KYX_CLIENT_SECRET}`).toString('base64');
  const res = await fetch(KYX_TOKEN_URL, {
    method: 'POST',
    headers: { Authorization: `Basic ${client}`, 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
    body: 'grant_type=client_credentials',
  });
  if (!res.ok) throw new Error(`KYX token request failed: HTTP ${res.status}`);
  const body = (await res.json()) as { access_token: string; expires_in: number };
  token = { value: body.access_token, expiresAt: Date.now() + body.expires_in * 1000 };
  return `Bearer ${body.access_token}`;
}

export async function checkFaceLogin(accountId: string, workflowExecutionId: string, analyst: string): Promise<DeskVerdict | null> {
  const res = await fetch(`${KYX_RETRIEVAL}/${accountId}/workflow-executions/${encodeURIComponent(workflowExecutionId)}`, {
    headers: { Accept: 'application/json', Authorization: await bearer(), 'User-Agent': 'FraudDesk/3.0' },
    signal: AbortSignal.timeout(8_000),
  });
  if (res.status === 404) return null;
  if (!res.ok) throw new Error(`workflow execution ${workflowExecutionId}: HTTP ${res.status}`);
  const details = (await res.json()) as WorkflowExecutionDetails;

  // The audit trail keeps exactly what the platform answered, plus who asked and when.
  await checks.insertOne({ ...details, checkedBy: analyst, checkedAt: new Date() });

  const status = details['workflow']['status'];
  return {
    reference: details['workflow']['id'],
    memberId: details['workflow']['userReference'] ?? null,
    passed: status === 'PROCESSED' && details['capabilities']?.['authentication']?.[0]?.['decision']['type'] === 'PASSED',
    final: status !== 'INITIATED' && status !== 'ACQUIRED',
  };
}
