// Persona inquiries from a NestJS microservice handler (another vendor).
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { HttpService } from '@nestjs/axios';
import { lastValueFrom } from 'rxjs';

@Controller()
export class PersonaHandler {
  constructor(private readonly http: HttpService) {}

  @MessagePattern('persona.inquiry.create')
  async create(@Payload() msg: { userId: string }) {
    const res = await lastValueFrom(
      this.http.post(
        'https://withpersona.com/api/v1/inquiries',
        { data: { attributes: { 'inquiry-template-id': process.env.PERSONA_TEMPLATE, 'reference-id': msg.userId, 'redirect-uri': 'https://app.acme.example/kyc/done' } } },
        { headers: { Authorization: `Bearer ${process.env.PERSONA_API_KEY}` } },
      ),
    );
    return { inquiryId: res.data.data.id, transactionReference: res.data.data.id };
  }
}
