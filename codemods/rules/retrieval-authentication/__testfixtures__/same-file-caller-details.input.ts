import axios from 'axios';

const NETVERIFY = 'https://netverify.com/api/netverify/v2/authentications';

async function fetchDetails(reference: string) {
  const { data } = await axios.get(`${NETVERIFY}/${reference}`, {
    auth: { username: process.env.JUMIO_TOKEN!, password: process.env.JUMIO_SECRET! },
  });
  return data;
}

// The job reads the details fetchDetails returns: the reads move with the call.
export async function userOf(reference: string): Promise<string | undefined> {
  const details = await fetchDetails(reference);
  return details.userReference;
}
