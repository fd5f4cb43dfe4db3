// Ironbridge Bank (US) cards API: raising a card limit and trusting a new device both ask the cardholder for a face
// login. The two step-ups share one abstract base: its protected initiate() is the only code that talks to the
// vendor — overloaded per purpose, so each subclass must pass the subject it confirms — and the subclasses turn the
// answer into the bank's StepUp. The classes stay inside this module; the API layer gets the two instances.
import got from 'got';
import { saveStepUp, type Cardholder, type StepUp } from './store.js';

const NV_INITIATE = 'https://www.netverify.com/api/authentication/v1/web/initiate';

interface FaceLoginStarted {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

type Purpose = 'card-limit' | 'new-device';

abstract class FaceLoginStepUp {
  protected initiate(cardholder: Cardholder, purpose: 'card-limit', limitRequestId: string): Promise<FaceLoginStarted>;
  protected initiate(cardholder: Cardholder, purpose: 'new-device', deviceId: string): Promise<FaceLoginStarted>;
  protected async initiate(cardholder: Cardholder, purpose: Purpose, subjectId: string): Promise<FaceLoginStarted> {
    const pages = `https://cards.ironbridge.example/step-up/${purpose}/${subjectId}`;
    return got
      .post(NV_INITIATE, {
        json: {
          enrollmentTransactionReference: cardholder.netverifyEnrollmentRef,
          userReference: cardholder.id,
          successUrl: `${pages}/confirmed`,
          errorUrl: `${pages}/declined`,
          locale: 'en-US',
          tokenLifetimeInMinutes: 10,
        },
        username: process.env.IRONBRIDGE_NV_TOKEN,
        password: process.env.IRONBRIDGE_NV_SECRET,
        headers: { Accept: 'application/json', 'User-Agent': 'Ironbridge-Cards/9.0' },
      })
      .json<FaceLoginStarted>();
  }
}

class CardLimitFaceLogin extends FaceLoginStepUp {
  async start(cardholder: Cardholder, limitRequestId: string): Promise<StepUp> {
    const started = await this.initiate(cardholder, 'card-limit', limitRequestId);
    const stepUp: StepUp = { kind: 'card-limit', subjectId: limitRequestId, reference: started.transactionReference, url: started.redirectUrl };
    await saveStepUp(stepUp);
    return stepUp;
  }
}

class NewDeviceFaceLogin extends FaceLoginStepUp {
  async start(cardholder: Cardholder, deviceId: string): Promise<StepUp> {
    const { redirectUrl, transactionReference } = await this.initiate(cardholder, 'new-device', deviceId);
    const stepUp: StepUp = { kind: 'new-device', subjectId: deviceId, reference: transactionReference, url: redirectUrl };
    await saveStepUp(stepUp);
    return stepUp;
  }
}

export const cardLimitFaceLogin = new CardLimitFaceLogin();
export const newDeviceFaceLogin = new NewDeviceFaceLogin();
