// A NestJS string injection token is followed when every file of the run has been read for it (string-tokens.ts):
// `@Inject('JUMIO_CLIENT') private readonly jumio: JumioApi` with `{ provide: 'JUMIO_CLIENT', useClass: JumioClient }`
// reads the KYX fields after the migration, and the service's return gets no item. Another provider of the same
// string (a test module's mock), or a const holding it, keeps the item at the return.
import { describe, expect, it } from 'vitest';
import { tempRepoRunner } from '../support/temp-repo-run.js';

const SERVICE = `import { Injectable } from '@nestjs/common';
import axios from 'axios';

@Injectable()
export class JumioClient {
  async initiate(ref: string) {
    const res = await axios.post('https://netverify.com/api/authentication/v1/web/initiate', { enrollmentTransactionReference: ref }, {
      auth: { username: process.env.JUMIO_TOKEN!, password: process.env.JUMIO_SECRET! },
    });
    return res.data;
  }
}
`;
const MODULE = `import { Module } from '@nestjs/common';
import { JumioClient } from './jumio.client';

@Module({ providers: [{ provide: 'JUMIO_CLIENT', useClass: JumioClient }], exports: ['JUMIO_CLIENT'] })
export class JumioModule {}
`;
const CONTROLLER = `import { Controller, Inject, Param, Post } from '@nestjs/common';
import type { FaceAuthApi } from '../jumio/face-auth-api';

@Controller('verify')
export class VerifyController {
  constructor(@Inject('JUMIO_CLIENT') private readonly jumio: FaceAuthApi) {}

  @Post(':ref')
  async start(@Param('ref') ref: string) {
    const { redirectUrl } = await this.jumio.initiate(ref);
    return { url: redirectUrl };
  }
}
`;
const API = 'export interface FaceAuthApi {\n  initiate(ref: string): Promise<{ redirectUrl: string }>;\n}\n';
const WHOLE = 'the legacy initiate response leaves here whole';
const BASE = { 'src/jumio/jumio.client.ts': SERVICE, 'src/jumio/face-auth-api.ts': API, 'src/verify/verify.controller.ts': CONTROLLER };

const run = tempRepoRunner('nvm-string-token-');

describe('a string injection token', () => {
  it('is followed into the member injected with it when the module provides the service class under it', async () => {
    const out = await run({ ...BASE, 'src/jumio/jumio.module.ts': MODULE });
    expect(out('src/verify/verify.controller.ts')).toContain('const { web: { href: redirectUrl } } = await this.jumio.initiate(ref);');
    expect(out('src/jumio/jumio.client.ts')).toContain('axios.put(');
    expect(out('src/jumio/jumio.client.ts')).not.toContain(WHOLE);
  });

  it('keeps the item at the return when another spelling of the token may provide something else', async () => {
    const cases: Record<string, string>[] = [
      { 'test/verify.spec.ts': "export const providers = [{ provide: 'JUMIO_CLIENT', useValue: { initiate: async () => ({ redirectUrl: 'x' }) } }];\n" },
      { 'src/jumio/tokens.ts': "export const JUMIO_CLIENT = 'JUMIO_CLIENT';\n" },
      { 'src/jumio/other.module.ts': "import { Module } from '@nestjs/common';\n\n@Module({ providers: [{ provide: 'JUMIO_CLIENT', useClass: Object }] })\nexport class OtherModule {}\n" },
    ];
    for (const extra of cases) {
      const out = await run({ ...BASE, 'src/jumio/jumio.module.ts': MODULE, ...extra });
      expect(out('src/jumio/jumio.client.ts'), Object.keys(extra)[0]).toContain(WHOLE);
    }
  });
});
