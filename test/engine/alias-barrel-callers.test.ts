// A NestJS monorepo library (`nest g library jumio`): libs/jumio/src/index.ts re-exports the service, and the root
// tsconfig maps "@acme/jumio" to libs/jumio/src — a directory whose index module the alias's last segment does not
// name. The controller importing the service through the alias reads the response the migration renames; it was
// neither migrated nor named (its reads broke the type check once the response interface was renamed). Found by
// running the CLI on a hand-written NestJS monorepo (engine/importers.ts SCOPED, analysis/injected-callers.ts barrels).
import { describe, expect, it } from 'vitest';
import { tempRepoRunner } from '../support/temp-repo-run.js';

const TSCONFIG = JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@acme/jumio': ['libs/jumio/src'], '@acme/jumio/*': ['libs/jumio/src/*'] } } });
const SERVICE = `import { Injectable } from '@nestjs/common';
import axios from 'axios';

@Injectable()
export class JumioService {
  async initiate(ref: string) {
    const res = await axios.post('https://netverify.com/api/authentication/v1/web/initiate', { enrollmentTransactionReference: ref }, {
      auth: { username: process.env.JUMIO_TOKEN!, password: process.env.JUMIO_SECRET! },
    });
    return res.data;
  }
}

export async function startJumio(ref: string) {
  const res = await axios.post('https://netverify.com/api/authentication/v1/web/initiate', { enrollmentTransactionReference: ref }, {
    auth: { username: process.env.JUMIO_TOKEN!, password: process.env.JUMIO_SECRET! },
  });
  return res.data;
}
`;
const CONTROLLER = `import { Controller, Param, Post } from '@nestjs/common';
import { JumioService } from '@acme/jumio';

@Controller('verify')
export class VerifyController {
  constructor(private readonly jumio: JumioService) {}

  @Post(':ref')
  async start(@Param('ref') ref: string) {
    const result = await this.jumio.initiate(ref);
    return { url: result.redirectUrl, id: result.transactionReference };
  }
}
`;
const ROUTE = "import { startJumio } from '@acme/jumio';\n\nexport async function go(ref: string) {\n  const r = await startJumio(ref);\n  return r.redirectUrl;\n}\n";
const WHOLE = 'the legacy initiate response leaves here whole';
const run = tempRepoRunner('nvm-alias-barrel-');

describe('callers reached through a barrel behind a multi-segment tsconfig alias', () => {
  it('an injected service method and an exported function: the importers through @acme/jumio read the KYX fields', async () => {
    const out = await run({
      'tsconfig.json': TSCONFIG,
      'libs/jumio/src/jumio.service.ts': SERVICE,
      'libs/jumio/src/index.ts': "export * from './jumio.service';\n",
      'apps/api/src/verify.controller.ts': CONTROLLER,
      'apps/api/src/route.ts': ROUTE,
    });
    expect(out('apps/api/src/verify.controller.ts')).toContain('return { url: result.web.href, id: result.workflowExecution.id };');
    expect(out('apps/api/src/route.ts')).toContain('return r.web.href;');
    expect(out('libs/jumio/src/jumio.service.ts')).toContain('axios.put(');
    expect(out('libs/jumio/src/jumio.service.ts')).not.toContain(WHOLE);
  });

  it('a named re-export under another name is followed; a namespace re-export leaves the item at the return', async () => {
    const renamed = await run({
      'tsconfig.json': TSCONFIG,
      'libs/jumio/src/jumio.service.ts': SERVICE,
      'libs/jumio/src/index.ts': "export { JumioService as Jumio, startJumio } from './jumio.service';\n",
      'apps/api/src/verify.controller.ts': CONTROLLER.replace(/JumioService/g, 'Jumio'),
    });
    expect(renamed('apps/api/src/verify.controller.ts')).toContain('result.web.href');
    const ns = await run({
      'tsconfig.json': TSCONFIG,
      'libs/jumio/src/jumio.service.ts': SERVICE,
      'libs/jumio/src/index.ts': "export * as jumio from './jumio.service';\n",
      'apps/api/src/verify.controller.ts': CONTROLLER.replace("import { JumioService } from '@acme/jumio';", "import { jumio } from '@acme/jumio';\ntype JumioService = jumio.JumioService;"),
    });
    expect(ns('libs/jumio/src/jumio.service.ts')).toContain(WHOLE);
    expect(ns('apps/api/src/verify.controller.ts')).toContain('result.redirectUrl');
  });
});
