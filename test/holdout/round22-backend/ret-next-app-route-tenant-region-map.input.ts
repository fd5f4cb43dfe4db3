// Face login result of the multi-tenant platform (Next.js 14 App Router route handler, axios). Each tenant is served
// by its own data centre, picked from the tenant settings below.
import axios from 'axios';
import { NextResponse } from 'next/server';

const NETVERIFY_HOSTS = {
  US: 'https://netverify.com',
  EU: 'https://lon.netverify.com',
  SGP: 'https://core-sgp.jumio.com',
} as const;

type DataCentre = keyof typeof NETVERIFY_HOSTS;

const TENANTS: Record<string, { dataCentre: DataCentre; userAgent: string }> = {
  'acme-us': { dataCentre: 'US', userAgent: 'Acme Platform US/2.0' },
  'acme-eu': { dataCentre: 'EU', userAgent: 'Acme Platform EU/2.0' },
  'acme-sg': { dataCentre: 'SGP', userAgent: 'Acme Platform SG/2.0' },
};

type FaceLoginDetails = {
  transactionReference: string;
  transactionResult: string;
  userReference?: string;
};

export async function GET(request: Request, { params }: { params: { reference: string } }) {
  const tenant = TENANTS[request.headers.get('x-tenant') ?? 'acme-us'];
  if (!tenant) return NextResponse.json({ error: 'unknown tenant' }, { status: 400 });
  const { reference } = params;
  const { data: details } = await axios.get<FaceLoginDetails>(
    `${NETVERIFY_HOSTS[tenant.dataCentre]}/api/netverify/v2/authentications/${reference}`,
    {
      auth: { username: process.env.JUMIO_API_TOKEN ?? '', password: process.env.JUMIO_API_SECRET ?? '' },
      headers: { Accept: 'application/json', 'User-Agent': tenant.userAgent },
    },
  );
  return NextResponse.json({
    reference: details.transactionReference,
    user: details.userReference ?? null,
    passed: details.transactionResult === 'PASSED',
  });
}
