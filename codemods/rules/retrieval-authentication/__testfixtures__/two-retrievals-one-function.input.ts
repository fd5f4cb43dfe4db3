// Two retrievals in one function: each gets its own account id. Declaring `const { accountId }` twice in one scope
// is a redeclaration the output would not survive (the file parses, but TypeScript and every JS engine reject it).
import axios from 'axios';

const auth = { username: process.env.JUMIO_TOKEN!, password: process.env.JUMIO_SECRET! };

export async function compare(ref: string, previousRef: string, olderRef: string) {
  const now = await axios.get(`https://netverify.com/api/netverify/v2/authentications/${ref}`, { auth });
  const before = await axios.get(`https://netverify.com/api/netverify/v2/authentications/${previousRef}`, { auth });
  const older = await axios.get(`https://netverify.com/api/netverify/v2/authentications/${olderRef}`, { auth });
  return [now.data.userReference, before.data.userReference, older.data.userReference];
}
