// NestJS microservice consuming a Kafka topic the edge gateway fills with Jumio's authentication callback forms.
import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { FaceLoginRepository } from './face-login.repository';

interface ForwardedForm {
  [field: string]: string;
}

@Controller()
export class FaceLoginCallbackConsumer {
  constructor(private readonly repo: FaceLoginRepository) {}

  @EventPattern('jumio.callbacks.authentication')
  async handle(@Payload() form: ForwardedForm) {
    if (form.callBackType !== 'NETVERIFY_AUTHENTICATION') return;
    await this.repo.complete(form.transactionReference, {
      passed: form.transactionResult === 'PASSED',
      face: form.idScanImageFace,
      liveness: JSON.parse(form.livenessImages ?? '[]') as string[],
    });
  }
}
