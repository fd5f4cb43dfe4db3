// workflowId from a const of the file, and as a numeric string: both are literal workflow ids.
import axios from 'axios';

const ID_AND_IDENTITY = 201;

export async function withSelfie(user: { id: string }): Promise<string> {
  const { data } = await axios.post<{ redirectUrl: string }>(
    'https://netverify.com/api/v4/initiate',
    { customerInternalReference: user.id, userReference: user.id, workflowId: ID_AND_IDENTITY },
    { auth: { username: process.env.JUMIO_TOKEN ?? '', password: process.env.JUMIO_SECRET ?? '' } },
  );
  return data.redirectUrl;
}

export async function idOnly(user: { id: string }): Promise<string> {
  const { data } = await axios.post<{ redirectUrl: string }>(
    'https://netverify.com/api/v4/initiate',
    { customerInternalReference: user.id, userReference: user.id, workflowId: '100' },
    { auth: { username: process.env.JUMIO_TOKEN ?? '', password: process.env.JUMIO_SECRET ?? '' } },
  );
  return data.redirectUrl;
}
