// Kestrel Property Management (Denver): Code by Zapier (JavaScript), step 3 of the Zap "New rental application → ID
// check". Step 1 (Typeform) and step 2 (Airtable: find the applicant, and the Zap's Storage for the Netverify
// credentials) fill inputData; step 4 texts idCheckUrl to the applicant, step 5 writes the whole idCheck object back to
// the applicant's Airtable record (Zapier flattens it into the "Id Check Redirect Url", "Id Check Transaction
// Reference" and "Id Check Timestamp" fields the leasing team's views show). Zapier runs this body in an async
// function, so `await` works at the top and `output` is what the step hands the Zap.
// Kept in git (zaps/rental-application-id-check/step-3.mjs) and pasted into the Zap editor on change.
const NETVERIFY_V4_INITIATE = 'https://netverify.com/api/v4/initiate';
const APPLY_SITE = 'https://apply.kestrelpm.example';

const basic = Buffer.from(`${inputData.nvToken}:${inputData.nvSecret}`).toString('base64');

const res = await fetch(NETVERIFY_V4_INITIATE, {
  method: 'POST',
  headers: {
    Accept: 'application/json',
    'Content-Type': 'application/json',
    'User-Agent': 'KestrelPM-Zapier/1.0',
    Authorization: `Basic ${basic}`,
  },
  body: JSON.stringify({
    customerInternalReference: inputData.applicationNo,
    userReference: inputData.applicantId,
    workflowId: 100,
    successUrl: `${APPLY_SITE}/applications/${inputData.applicationNo}/id-check/done`,
    errorUrl: `${APPLY_SITE}/applications/${inputData.applicationNo}/id-check/retry`,
    locale: inputData.locale || 'en-US',
    tokenLifetimeInMinutes: 4320,
  }),
});

if (!res.ok) {
  throw new Error(`Netverify refused the ID check for ${inputData.applicationNo}: HTTP ${res.status} ${await res.text()}`);
}

const started = await res.json();

output = {
  applicantId: inputData.applicantId,
  idCheckUrl: started.redirectUrl,
  idCheck: started,
};
