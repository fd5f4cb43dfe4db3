// Fraud desk (EU data centre): the "check now" button re-reads a face login from the vendor, files the full answer in
// the audit collection (who asked, when) and shows the analyst a verdict.
import { MongoClient } from 'mongodb';

interface NetverifyAuthentication {
  transactionReference: string;
  transactionResult: 'CREATED' | 'STARTED' | 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  transactionDate: string;
  userReference?: string;
}

export interface DeskVerdict {
  reference: string;
  memberId: string | null;
  passed: boolean;
  final: boolean;
}

const mongo = new MongoClient(process.env.MONGO_URL ?? 'mongodb://localhost:27017');
const checks = mongo.db('fraud-desk').collection('face_login_checks');

const NETVERIFY_AUTHENTICATIONS = 'https://lon.netverify.com/api/netverify/v2/authentications';
const authorization = `Basic ${Buffer.from(`${process.env.NETVERIFY_API_TOKEN}:${process.env.NETVERIFY_API_SECRET}`).toString('base64')}`;

export async function checkFaceLogin(reference: string, analyst: string): Promise<DeskVerdict | null> {
  const res = await fetch(`${NETVERIFY_AUTHENTICATIONS}/${encodeURIComponent(reference)}`, {
    headers: { Accept: 'application/json', Authorization: authorization, 'User-Agent': 'FraudDesk/2.3' },
    signal: AbortSignal.timeout(8_000),
  });
  if (res.status === 404) return null;
  if (!res.ok) throw new Error(`face login ${reference}: HTTP ${res.status}`);
  const details = (await res.json()) as NetverifyAuthentication;

  // The audit trail keeps exactly what the vendor answered, plus who asked and when.
  await checks.insertOne({ ...details, checkedBy: analyst, checkedAt: new Date() });

  const result = details['transactionResult'];
  return {
    reference: details['transactionReference'],
    memberId: details['userReference'] ?? null,
    passed: result === 'PASSED',
    final: result !== 'CREATED' && result !== 'STARTED',
  };
}
