// NestJS config namespace of the Jumio integration (loaded by ConfigModule.forRoot({ load: [jumioConfig] })).
import { registerAs } from '@nestjs/config';

export default registerAs('jumio', () => ({
  baseUrl: process.env.JUMIO_BASE_URL ?? 'https://lon.netverify.com',
  apiToken: process.env.JUMIO_API_TOKEN ?? '',
  apiSecret: process.env.JUMIO_API_SECRET ?? '',
  userAgent: 'Acme Bank FaceLogin/1.4',
}));
