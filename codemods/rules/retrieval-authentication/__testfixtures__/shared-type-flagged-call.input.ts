// Two retrievals read the details through one interface; the second call's host comes from a setting, so it is only
// flagged and keeps reading the legacy fields. The interface stays legacy for it; the migrated call gets a KYX copy.
import axios from 'axios';

export interface JumioAuthDetails {
  transactionReference: string;
  transactionResult: string;
  userReference: string;
}

const auth = { username: process.env.JUMIO_TOKEN ?? '', password: process.env.JUMIO_SECRET ?? '' };

export async function userOf(ref: string): Promise<string> {
  const res = await axios.get<JumioAuthDetails>(`https://netverify.com/api/netverify/v2/authentications/${ref}`, { auth });
  return res.data.userReference;
}

export async function resultFrom(ref: string): Promise<string> {
  const res = await axios.get<JumioAuthDetails>(`${process.env.JUMIO_BASE ?? 'https://netverify.com'}/api/netverify/v2/authentications/${ref}`, { auth });
  return `${res.data.transactionReference}: ${res.data.transactionResult}`;
}
