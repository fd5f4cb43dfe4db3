export async function faceImage(ref: string, auth: string): Promise<ArrayBuffer> {
  // TODO(netverify-migrate): retrieval-authentication: legacy authentication image retrieval: on KYX, GET retrieval.<region>.jumio.ai/api/v1/accounts/{accountId}/credentials/{credentialId}/parts/FACE with a Bearer token (the SELFIE credential id is in the workflow details credentials[]); liveness images are FACEMAP parts LIVENESS_n (newer docs only)
  const res = await fetch(`https://lon.netverify.com/api/netverify/v2/authentications/${ref}/images/face`, {
    headers: { Authorization: `Basic ${auth}`, Accept: 'image/jpeg, image/png' },
  });
  return res.arrayBuffer();
}
