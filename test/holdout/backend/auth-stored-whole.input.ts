import axios from 'axios';

interface Db {
  collection(name: string): { insertOne(doc: object): Promise<unknown>; findOne(q: object): Promise<unknown> };
}

export async function startAndStore(db: Db, userId: string, enrollmentRef: string) {
  const res = await axios.post('https://netverify.com/api/authentication/v1/web/initiate', {
    enrollmentTransactionReference: enrollmentRef,
    userReference: userId,
  }, { auth: { username: 'token', password: 'secret' } });
  await db.collection('auth').insertOne({ userId, jumioResponse: res.data });
  return res.data.redirectUrl;
}

export function findByJumioRef(db: Db, ref: string) {
  return db.collection('auth').findOne({ 'jumioResponse.transactionReference': ref });
}
