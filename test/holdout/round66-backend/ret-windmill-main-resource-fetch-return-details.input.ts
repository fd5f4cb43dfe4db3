// Tanjong Capital: Windmill script f/compliance/netverify_face_login_result (TypeScript, Bun runtime), step 2 of the
// flow f/compliance/large_withdrawal_review. The flow passes the Netverify resource ($res:f/compliance/netverify_sgp,
// resource type `netverify_api`) and the face-login reference step 1 stored; what main() returns becomes
// results.face_login for step 3 (the approval form), which shows its transactionResult, transactionDate and
// userReference to the compliance officer. SG data centre.
type NetverifyApi = {
  api_token: string;
  api_secret: string;
};

const NV_SGP = 'https://core-sgp.jumio.com';

interface AuthenticationDetails {
  transactionReference: string;
  transactionResult: 'CREATED' | 'STARTED' | 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  transactionDate: string;
  userReference?: string;
}

export async function main(netverify: NetverifyApi, face_login_reference: string, client_no: string) {
  const res = await fetch(`${NV_SGP}/api/netverify/v2/authentications/${face_login_reference}`, {
    headers: {
      Accept: 'application/json',
      Authorization: 'Basic ' + btoa(`${netverify.api_token}:${netverify.api_secret}`),
      'User-Agent': 'TanjongCapital-Windmill/1.0',
    },
  });
  if (!res.ok) {
    throw new Error(`Netverify retrieval answered HTTP ${res.status}`);
  }

  const details = (await res.json()) as AuthenticationDetails;
  if (details.userReference !== client_no) {
    throw new Error(`face login ${face_login_reference} belongs to another client`);
  }
  console.log(`face login ${face_login_reference} for ${client_no}: ${details.transactionResult}`);
  return details;
}
