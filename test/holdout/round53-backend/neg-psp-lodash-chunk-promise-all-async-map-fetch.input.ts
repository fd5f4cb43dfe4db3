// Sequoia Rentals (US) property management: the monthly rent run opens a hosted payment link for every tenant whose
// rent is due, twenty tenants at a time (Tillwise throttles bursts). Each tenant's link and payment reference go back
// to the lease; the tenant gets the link from the morning mail run.
import { chunk } from 'lodash-es';
import { savePaymentLinks, tenantsDueForRent, type PaymentLinkRow, type Tenant } from './db.js';

const TILLWISE_V4 = 'https://api.tillwise.example/v4/initiate';
const BASIC = `Basic ${Buffer.from(`${process.env.TILLWISE_API_KEY}:${process.env.TILLWISE_API_SECRET}`).toString('base64')}`;
const PORTAL = 'https://tenants.sequoiarentals.example';

interface PaymentLinkStarted {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export async function openRentPaymentLinks(runId: string): Promise<number> {
  const tenants = await tenantsDueForRent(runId);
  let opened = 0;

  for (const group of chunk(tenants, 20)) {
    const rows: PaymentLinkRow[] = await Promise.all(
      group.map(async (tenant: Tenant) => {
        const res = await fetch(TILLWISE_V4, {
          method: 'POST',
          headers: {
            Accept: 'application/json',
            'Content-Type': 'application/json',
            Authorization: BASIC,
            'User-Agent': 'Sequoia-Rent/2.4',
          },
          body: JSON.stringify({
            merchantReference: `${runId}-${tenant.leaseId}`,
            userReference: tenant.id,
            amount: tenant.rentCents,
            currency: 'USD',
            successUrl: `${PORTAL}/leases/${tenant.leaseId}/rent/paid`,
            errorUrl: `${PORTAL}/leases/${tenant.leaseId}/rent/retry`,
            locale: 'en-US',
            tokenLifetimeInMinutes: 60 * 24 * 14,
          }),
        });
        if (!res.ok) throw new Error(`payment link for tenant ${tenant.id}: HTTP ${res.status}`);
        const started = (await res.json()) as PaymentLinkStarted;
        return {
          leaseId: tenant.leaseId,
          tenantId: tenant.id,
          paymentReference: started.transactionReference,
          link: started.redirectUrl,
        };
      }),
    );
    await savePaymentLinks(runId, rows);
    opened += rows.length;
  }
  return opened;
}
