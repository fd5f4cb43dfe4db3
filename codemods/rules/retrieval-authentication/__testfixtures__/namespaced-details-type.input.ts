// The legacy API's types grouped in a namespace; the lookup names one through a generic.
import axios from 'axios';

export namespace Legacy {
  export interface AuthenticationDetails {
    transactionReference: string;
    userReference?: string;
  }
}

export async function authenticationOwner(reference: string): Promise<string | undefined> {
  const res = await axios.get<Legacy.AuthenticationDetails>(`https://lon.netverify.com/api/netverify/v2/authentications/${reference}`, {
    auth: { username: process.env.JUMIO_TOKEN ?? '', password: process.env.JUMIO_SECRET ?? '' },
  });
  return res.data.userReference;
}
