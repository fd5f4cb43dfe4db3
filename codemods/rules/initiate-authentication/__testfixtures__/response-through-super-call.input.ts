// A base client returns the Netverify answer; the subclass overrides the method, calls the base's through super and
// reads the answer before handing it on. The override's own callers read it too.
import axios from 'axios';
declare function notifyDevice(userId: string, url: string): Promise<void>;

interface Started {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

abstract class FaceLoginBase {
  protected async initiate(enrollmentReference: string, userId: string): Promise<Started> {
    const { data } = await axios.post<Started>(
      'https://netverify.com/api/authentication/v1/web/initiate',
      { enrollmentTransactionReference: enrollmentReference, userReference: userId },
      { auth: { username: process.env.NV_TOKEN ?? '', password: process.env.NV_SECRET ?? '' } },
    );
    return data;
  }
}

class DeviceFaceLogin extends FaceLoginBase {
  protected override async initiate(enrollmentReference: string, userId: string): Promise<Started> {
    const started = await super.initiate(enrollmentReference, userId);
    await notifyDevice(userId, started.redirectUrl);
    return started;
  }

  async reference(enrollmentReference: string, userId: string): Promise<string> {
    return (await this.initiate(enrollmentReference, userId)).transactionReference;
  }
}

export const deviceFaceLogin = new DeviceFaceLogin();
