// NestJS 10 with @nestjs/axios (US): the controller sits behind a timing NestInterceptor; the service registers an
// axios request interceptor on HttpService.axiosRef in its constructor that only adds a correlation id, then posts
// through firstValueFrom.
import { randomUUID } from 'node:crypto';
import { Body, CallHandler, Controller, ExecutionContext, Injectable, NestInterceptor, Post, UseInterceptors } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom, Observable, tap } from 'rxjs';

@Injectable()
export class TimingInterceptor implements NestInterceptor {
  intercept(_ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const t0 = Date.now();
    return next.handle().pipe(tap(() => console.log(`face start took ${Date.now() - t0} ms`)));
  }
}

@Injectable()
export class FaceLoginService {
  constructor(private readonly http: HttpService) {
    this.http.axiosRef.interceptors.request.use((config) => {
      config.headers['X-Correlation-Id'] = randomUUID();
      return config;
    });
  }

  async start(enrollment: string, userId: string): Promise<{ url: string; reference: string }> {
    const { data } = await firstValueFrom(
      this.http.post<{ redirectUrl: string; transactionReference: string }>(
        'https://netverify.com/api/authentication/v1/web/initiate',
        { enrollmentTransactionReference: enrollment, userReference: userId, locale: 'en-US' },
        { auth: { username: process.env.JUMIO_API_TOKEN!, password: process.env.JUMIO_API_SECRET! }, headers: { 'User-Agent': 'Acme Nest/10' } },
      ),
    );
    return { url: data.redirectUrl, reference: data.transactionReference };
  }
}

@Controller('face')
@UseInterceptors(TimingInterceptor)
export class FaceLoginController {
  constructor(private readonly faces: FaceLoginService) {}

  @Post('start')
  start(@Body() body: { enrollment: string; userId: string }) {
    return this.faces.start(body.enrollment, body.userId);
  }
}
