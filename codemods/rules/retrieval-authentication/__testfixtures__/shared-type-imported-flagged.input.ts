// Two retrievals read the details through one interface imported from another module; the second call's host comes
// from a setting, so it is only flagged and keeps reading the legacy fields. The interface keeps its legacy shape (its
// module gets an item); the migrated call reads a KYX-shaped copy declared in its own file (the type stands alone).
import axios from 'axios';
import type { JumioAuthDetails } from './shared-details-types';

const auth = { username: process.env.JUMIO_TOKEN ?? '', password: process.env.JUMIO_SECRET ?? '' };

export async function userOf(ref: string): Promise<string> {
  const res = await axios.get<JumioAuthDetails>(`https://netverify.com/api/netverify/v2/authentications/${ref}`, { auth });
  return res.data.userReference;
}

export async function resultFrom(ref: string): Promise<string> {
  const res = await axios.get<JumioAuthDetails>(`${process.env.JUMIO_BASE ?? 'https://netverify.com'}/api/netverify/v2/authentications/${ref}`, { auth });
  return `${res.data.transactionReference}: ${res.data.transactionResult}`;
}
