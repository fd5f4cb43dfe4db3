// Feathers 5 custom service: get(id) reads an authentication's details through axios (US).
import axios from 'axios';
import type { Id, Params } from '@feathersjs/feathers';

interface AuthenticationDetails {
  transactionReference: string;
  transactionResult: 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  userReference?: string;
}

export class FaceLoginResultService {
  async get(id: Id, _params?: Params) {
    const { data } = await axios.get<AuthenticationDetails>(`https://netverify.com/api/netverify/v2/authentications/${id}`, {
      auth: { username: process.env.JUMIO_API_TOKEN!, password: process.env.JUMIO_API_SECRET! },
      headers: { Accept: 'application/json', 'User-Agent': 'Acme Health/2.0' },
    });
    return { reference: data.transactionReference, user: data.userReference, passed: data.transactionResult === 'PASSED' };
  }
}
