// A named details type with one legacy member beside an unrelated one: the response is declared with it and its
// userReference is read (renamed to workflow.userReference), so the member moves too — left, the output did not type-check.
interface FaceLoginDetails {
  token?: string;
  userReference?: string;
}

export async function faceLoginUser(reference: string): Promise<string | undefined> {
  const res = await fetch(`https://netverify.com/api/netverify/v2/authentications/${reference}`, {
    headers: { Authorization: `Basic ${Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64')}`, Accept: 'application/json', 'User-Agent': 'Acme/1.0' },
  });
  const details = (await res.json()) as FaceLoginDetails;
  return details.userReference;
}
