// Data centres kept as an array of host records (as Jumio's own perform-node keeps them by region); the account's
// data centre is found with .find() at run time, so every record's host is one the call can reach, as with a region
// map: the KYX host is picked from the legacy one the same way.
import axios from 'axios';

interface Host {
  region: 'US' | 'EU' | 'SGP';
  url: string;
}

const HOSTS: Host[] = [
  { region: 'US', url: 'https://netverify.com' },
  { region: 'EU', url: 'https://lon.netverify.com' },
  { region: 'SGP', url: 'https://core-sgp.jumio.com' },
];

export async function authenticationResult(region: Host['region'], reference: string) {
  const { data } = await axios.get(`${HOSTS.find((h) => h.region === region)!.url}/api/netverify/v2/authentications/${reference}`, {
    auth: { username: process.env.JUMIO_TOKEN!, password: process.env.JUMIO_SECRET! },
  });
  return data.userReference as string;
}
