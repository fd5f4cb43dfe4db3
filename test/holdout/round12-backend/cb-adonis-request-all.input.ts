// AdonisJS 6 controller: the legacy authentication callback read with request.all().
import type { HttpContext } from '@adonisjs/core/http';
import FaceLogin from '#models/face_login';

export default class JumioCallbacksController {
  async store({ request, response }: HttpContext) {
    const form = request.all();
    if (form.callBackType !== 'NETVERIFY_AUTHENTICATION') return response.noContent();
    await FaceLogin.updateOrCreate(
      { reference: form.transactionReference },
      { result: form.transactionResult, faceUrl: form.idScanImageFace ?? null, decidedAt: form.callbackDate },
    );
    return response.ok('OK');
  }
}
