// FoalTS controller: re-authentication with the face enrolled at onboarding (US data centre).
import { Config, Context, HttpResponseOK, Post, ValidateBody } from '@foal/core';
import axios from 'axios';

export class FaceAuthController {
  @Post('/face-auth')
  @ValidateBody({ type: 'object', properties: { returnTo: { type: 'string' } }, required: ['returnTo'] })
  async start(ctx: Context) {
    const user = ctx.user as { id: string; jumioEnrollment: string };
    const { data } = await axios.post(
      'https://netverify.com/api/authentication/v1/web/initiate',
      {
        enrollmentTransactionReference: user.jumioEnrollment,
        userReference: user.id,
        successUrl: `${ctx.request.body.returnTo}?face=ok`,
        errorUrl: `${ctx.request.body.returnTo}?face=failed`,
        callbackUrl: Config.getOrThrow('jumio.callbackUrl', 'string'),
      },
      {
        auth: {
          username: Config.getOrThrow('jumio.apiToken', 'string'),
          password: Config.getOrThrow('jumio.apiSecret', 'string'),
        },
        headers: { 'User-Agent': 'Contoso Portal/5.1' },
      },
    );
    return new HttpResponseOK({ redirect: data.redirectUrl, reference: data.transactionReference });
  }
}
