// NestJS microservice: an @EventPattern consumer enrols new customers through HttpService and firstValueFrom (SGP).
import { Controller, Logger } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import { CustomerRepository } from './customer.repository';

@Controller()
export class KycConsumer {
  private readonly logger = new Logger(KycConsumer.name);

  constructor(private readonly http: HttpService, private readonly customers: CustomerRepository) {}

  @EventPattern('customer.created')
  async onCustomerCreated(@Payload() event: { customerId: string }) {
    const { data } = await firstValueFrom(
      this.http.post<{ redirectUrl: string; transactionReference: string; timestamp: string }>(
        'https://core-sgp.jumio.com/api/v4/initiate',
        { customerInternalReference: event.customerId, userReference: event.customerId, workflowId: 100, tokenLifetimeInMinutes: 4320 },
        { auth: { username: process.env.JUMIO_API_TOKEN ?? '', password: process.env.JUMIO_API_SECRET ?? '' } },
      ),
    );
    await this.customers.saveKycLink(event.customerId, data.redirectUrl, data.transactionReference);
    this.logger.log(`kyc started ${data.transactionReference}`);
  }
}
