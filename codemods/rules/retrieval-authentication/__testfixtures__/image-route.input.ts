export async function faceImage(ref: string, auth: string): Promise<ArrayBuffer> {
  const res = await fetch(`https://lon.netverify.com/api/netverify/v2/authentications/${ref}/images/face`, {
    headers: { Authorization: `Basic ${auth}`, Accept: 'image/jpeg, image/png' },
  });
  return res.arrayBuffer();
}
