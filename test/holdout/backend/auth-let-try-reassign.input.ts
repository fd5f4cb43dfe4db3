import axios from 'axios';

export async function faceAuth(enrollmentTransactionReference: string): Promise<string | undefined> {
  let res;
  try {
    res = await axios.post('https://netverify.com/api/authentication/v1/web/initiate', { enrollmentTransactionReference }, {
      auth: { username: 'u', password: 'p' },
    });
  } catch (e) {
    console.error('jumio failed', e);
    return undefined;
  }
  return res.data.redirectUrl;
}
