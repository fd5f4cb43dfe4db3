import axios, { AxiosError } from 'axios';

const jumioAuth = {
  username: process.env.JUMIO_USER ?? '',
  password: process.env.JUMIO_PASS ?? '',
};

export async function tryStartFaceAuth(enrollment: string | undefined, user: string): Promise<string | null> {
  if (!enrollment) return null;
  try {
    const res = await axios.post(
      'https://netverify.com/api/authentication/v1/web/initiate',
      { enrollmentTransactionReference: enrollment, userReference: user },
      { auth: jumioAuth },
    );
    const url = res?.data?.redirectUrl ?? null;
    const ref = res?.data?.['transactionReference'];
    if (ref) console.info('jumio auth', ref);
    return url;
  } catch (err) {
    if (err instanceof AxiosError && err.response?.status === 403) return null;
    throw err;
  }
}
