// Next.js 15 App Router route handler (app/api/face-login/[reference]/route.ts): the mobile app polls the face login's
// result; params is a Promise since Next 15, and Next's fetch keeps the answer for a few seconds.
import type { NextRequest } from 'next/server';

const NETVERIFY_AUTHENTICATIONS = 'https://netverify.com/api/netverify/v2/authentications';
const BASIC = Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');

type AuthenticationDetails = {
  transactionReference: string;
  transactionResult: string;
  transactionDate: string;
  userReference?: string;
};

export async function GET(_request: NextRequest, { params }: { params: Promise<{ reference: string }> }) {
  const { reference } = await params;
  const res = await fetch(`${NETVERIFY_AUTHENTICATIONS}/${encodeURIComponent(reference)}`, {
    headers: { Accept: 'application/json', Authorization: `Basic ${BASIC}` },
    next: { revalidate: 5, tags: [`face-login:${reference}`] },
  });
  if (res.status === 404) return Response.json({ error: 'unknown reference' }, { status: 404 });
  if (!res.ok) return Response.json({ error: 'upstream error' }, { status: 502 });
  const details: AuthenticationDetails = await res.json();
  return Response.json({
    reference: details.transactionReference,
    status: details.transactionResult,
    completedAt: details.transactionDate,
    member: details.userReference ?? null,
  });
}
