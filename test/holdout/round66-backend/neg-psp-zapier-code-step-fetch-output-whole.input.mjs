// Kestrel Property Management (Denver): Code by Zapier (JavaScript), step 3 of the Zap "Lease signed → deposit
// checkout". Step 1 (DocuSign) and step 2 (Airtable: find the lease, and the Zap's Storage for the HarbourPay keys)
// fill inputData; step 4 e-mails checkoutUrl to the tenant, step 5 writes the whole payment object back to the
// lease's Airtable record. Zapier runs this body in an async function, so `await` works at the top and `output` is
// what the step hands the Zap. Kept in git (zaps/lease-deposit-checkout/step-3.mjs).
const HARBOURPAY_CHECKOUT = 'https://api.harbourpay.example/v4/initiate';
const TENANT_SITE = 'https://tenants.kestrelpm.example';

const basic = Buffer.from(`${inputData.hpKeyId}:${inputData.hpKeySecret}`).toString('base64');

const res = await fetch(HARBOURPAY_CHECKOUT, {
  method: 'POST',
  headers: {
    Accept: 'application/json',
    'Content-Type': 'application/json',
    'User-Agent': 'KestrelPM-Zapier/1.0',
    Authorization: `Basic ${basic}`,
  },
  body: JSON.stringify({
    merchantReference: inputData.leaseNo,
    userReference: inputData.tenantId,
    amount: Math.round(Number(inputData.depositAmount) * 100),
    currency: 'USD',
    successUrl: `${TENANT_SITE}/leases/${inputData.leaseNo}/deposit/paid`,
    errorUrl: `${TENANT_SITE}/leases/${inputData.leaseNo}/deposit/failed`,
    locale: inputData.locale || 'en-US',
    tokenLifetimeInMinutes: 4320,
  }),
});

if (!res.ok) {
  throw new Error(`HarbourPay refused the checkout for ${inputData.leaseNo}: HTTP ${res.status} ${await res.text()}`);
}

const started = await res.json();

output = {
  tenantId: inputData.tenantId,
  checkoutUrl: started.redirectUrl,
  payment: started,
};
