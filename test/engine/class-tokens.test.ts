// A class used as a NestJS provider token (`{ provide: AbstractKyc, useClass: JumioKyc }`, consumers injected by the
// type of a constructor parameter property: `constructor(private readonly kyc: AbstractKyc)`) is followed like a
// Symbol token (injection-tokens.ts): the consumer reads the KYX fields and the service's return gets no item. A second
// provider of the class token, or a value use of it (`moduleRef.get(AbstractKyc)`), keeps the item at the return.
import { describe, expect, it } from 'vitest';
import { tempRepoRunner } from '../support/temp-repo-run.js';

const BASE_CLASS = 'export abstract class AbstractKyc {\n  abstract startFaceCheck(ref: string): Promise<{ redirectUrl: string }>;\n}\n';
const SERVICE = `import { Injectable } from '@nestjs/common';
import axios from 'axios';
import { AbstractKyc } from './abstract-kyc';

@Injectable()
export class JumioKyc extends AbstractKyc {
  async startFaceCheck(ref: string) {
    const res = await axios.post('https://lon.netverify.com/api/authentication/v1/web/initiate', { enrollmentTransactionReference: ref }, {
      auth: { username: process.env.JUMIO_TOKEN!, password: process.env.JUMIO_SECRET! },
    });
    return res.data;
  }
}
`;
const MODULE = `import { Module } from '@nestjs/common';
import { AbstractKyc } from './abstract-kyc';
import { JumioKyc } from './jumio-kyc';

@Module({ providers: [{ provide: AbstractKyc, useClass: JumioKyc }], exports: [AbstractKyc] })
export class KycModule {}
`;
const CONTROLLER = `import { Controller, Param, Post } from '@nestjs/common';
import { AbstractKyc } from '../kyc/abstract-kyc';

@Controller('face')
export class FaceController {
  constructor(private readonly kyc: AbstractKyc) {}

  @Post(':ref')
  async start(@Param('ref') ref: string) {
    const started = await this.kyc.startFaceCheck(ref);
    return { url: started.redirectUrl };
  }
}
`;
const WHOLE = 'the legacy initiate response leaves here whole';
const BASE = { 'src/kyc/abstract-kyc.ts': BASE_CLASS, 'src/kyc/jumio-kyc.ts': SERVICE, 'src/kyc/kyc.module.ts': MODULE, 'src/face/face.controller.ts': CONTROLLER };

const run = tempRepoRunner('nvm-class-token-');

describe('a class provider token', () => {
  it('is followed into the constructor parameter property typed with it', async () => {
    const out = await run(BASE);
    expect(out('src/face/face.controller.ts')).toContain('return { url: started.web.href };');
    expect(out('src/kyc/jumio-kyc.ts')).toContain('axios.put(');
    expect(out('src/kyc/jumio-kyc.ts')).not.toContain(WHOLE);
  });

  it('keeps the item at the return when the token may provide something else or is used as a value', async () => {
    const cases: Record<string, string>[] = [
      { 'test/face.spec.ts': "import { AbstractKyc } from '../src/kyc/abstract-kyc';\n\nexport const providers = [{ provide: AbstractKyc, useValue: { startFaceCheck: async () => ({ redirectUrl: 'x' }) } }];\n" },
      { 'src/face/lookup.ts': "import { ModuleRef } from '@nestjs/core';\nimport { AbstractKyc } from '../kyc/abstract-kyc';\n\nexport const kycOf = (ref: ModuleRef) => ref.get(AbstractKyc);\n" },
    ];
    for (const extra of cases) {
      const out = await run({ ...BASE, ...extra });
      expect(out('src/kyc/jumio-kyc.ts'), Object.keys(extra)[0]).toContain(WHOLE);
    }
  });
});
