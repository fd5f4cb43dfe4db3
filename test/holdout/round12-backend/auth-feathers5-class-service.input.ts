// Feathers 5 custom service class: create() starts a face login through axios (US) and answers with its own names.
import axios from 'axios';
import type { Params, ServiceInterface } from '@feathersjs/feathers';

type StartData = { enrollment: string; userId: string };
type StartResult = { iframeUrl: string; verificationTxReference: string };

export class FaceLoginService implements ServiceInterface<StartResult, StartData> {
  constructor(private readonly options: { apiToken: string; apiSecret: string }) {}

  async create(data: StartData, _params?: Params): Promise<StartResult> {
    const { data: body } = await axios.post<{ redirectUrl: string; transactionReference: string; timestamp: string }>(
      'https://netverify.com/api/authentication/v1/web/initiate',
      {
        enrollmentTransactionReference: data.enrollment,
        userReference: data.userId,
        callbackUrl: 'https://api.acme-health.example/jumio/auth-callback',
      },
      {
        auth: { username: this.options.apiToken, password: this.options.apiSecret },
        headers: { 'User-Agent': 'Acme Health/2.0' },
      },
    );
    return { iframeUrl: body.redirectUrl, verificationTxReference: body.transactionReference };
  }
}
