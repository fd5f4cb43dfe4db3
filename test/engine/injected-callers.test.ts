// A legacy response a public method of an exported service class returns is followed into the classes of the run
// that are injected with the service and call the method: `this.jumio.initiate(ref)` in a NestJS controller
// (constructor parameter property) or an Angular component (`inject(JumioService)`) reads the KYX fields after the
// migration (analysis/injected-callers.ts). Real runs of the codemod over project trees on disk (in process).
import { describe, expect, it } from 'vitest';
import { tempRepoRunner } from '../support/temp-repo-run.js';

const SERVICE = (decorator = '') => `import { Injectable } from '@nestjs/common';
import axios from 'axios';

@Injectable()
export class JumioService {
  ${decorator}async initiate(ref: string) {
    const res = await axios.post('https://netverify.com/api/authentication/v1/web/initiate', { enrollmentTransactionReference: ref }, {
      auth: { username: process.env.JUMIO_TOKEN!, password: process.env.JUMIO_SECRET! },
    });
    return res.data;
  }
}
`;
const MODULE = "import { Module } from '@nestjs/common';\nimport { JumioService } from './jumio.service';\n\n@Module({ providers: [JumioService], exports: [JumioService] })\nexport class JumioModule {}\n";
const CONTROLLER = `import { Controller, Param, Post } from '@nestjs/common';
import { JumioService } from '../jumio/jumio.service';

@Controller('verify')
export class VerifyController {
  constructor(private readonly jumio: JumioService) {}

  @Post(':ref')
  async start(@Param('ref') ref: string) {
    const { redirectUrl, transactionReference } = await this.jumio.initiate(ref);
    return { url: redirectUrl, id: transactionReference };
  }

  async status() {
    return this.jumio.toString();
  }
}
`;
const WHOLE = 'the legacy initiate response leaves here whole';

const run = tempRepoRunner('nvm-injected-');

describe('a service method followed into the classes injected with the service', () => {
  it('NestJS: a controller constructor parameter property; the module registering the class is not a use', async () => {
    const out = await run({ 'src/jumio/jumio.service.ts': SERVICE(), 'src/jumio/jumio.module.ts': MODULE, 'src/verify/verify.controller.ts': CONTROLLER });
    expect(out('src/verify/verify.controller.ts')).toContain('const { web: { href: redirectUrl }, workflowExecution: { id: transactionReference } } = await this.jumio.initiate(ref);');
    expect(out('src/jumio/jumio.service.ts')).toContain('axios.put(');
    expect(out('src/jumio/jumio.service.ts')).not.toContain(WHOLE);
  });

  it('the controller beside the service in its own module (round-21 hold-out); a second use there keeps the item', async () => {
    const controller = CONTROLLER.replace("import { JumioService } from '../jumio/jumio.service';\n", '');
    const same = SERVICE().replace("import { Injectable } from '@nestjs/common';", "import { Controller, Injectable, Param, Post } from '@nestjs/common';") + controller.replace("import { Controller, Param, Post } from '@nestjs/common';\n", '');
    const out = await run({ 'src/verify/verify.ts': same });
    expect(out('src/verify/verify.ts')).toContain('const { web: { href: redirectUrl }, workflowExecution: { id: transactionReference } } = await this.jumio.initiate(ref);');
    expect(out('src/verify/verify.ts')).not.toContain(WHOLE);
    // The class also constructed in its own module: an instance the flow cannot follow, so the item stays.
    const constructed = await run({ 'src/verify/verify.ts': `${same}\nexport const direct = new JumioService();\n` });
    expect(constructed('src/verify/verify.ts')).toContain(WHOLE);
  });

  it("Angular's inject(): a property initialised by it", async () => {
    const component = "import { Component, inject } from '@angular/core';\nimport { JumioService } from './jumio.service';\n\n@Component({ selector: 'app-start', template: '' })\nexport class StartComponent {\n  private readonly jumio = inject(JumioService);\n\n  async go(ref: string) {\n    this.url = (await this.jumio.initiate(ref)).redirectUrl;\n  }\n  url = '';\n}\n";
    const out = await run({ 'src/jumio/jumio.service.ts': SERVICE(), 'src/jumio/start.component.ts': component });
    expect(out('src/jumio/start.component.ts')).toContain('this.url = (await this.jumio.initiate(ref)).web.href;');
    expect(out('src/jumio/jumio.service.ts')).not.toContain(WHOLE);
  });

  it('the item stays at the return: the instance passed on, the class constructed, a decorated method', async () => {
    const passed = CONTROLLER.replace('return this.jumio.toString();', 'return helper(this.jumio);');
    const built = "import { JumioService } from '../src/jumio/jumio.service';\n\nexport const svc = new JumioService();\n";
    for (const [extra, service] of [[{ 'src/verify/verify.controller.ts': passed }, SERVICE()], [{ 'src/verify/verify.controller.ts': CONTROLLER, 'test/build.ts': built }, SERVICE()],
      [{ 'src/verify/verify.controller.ts': CONTROLLER }, SERVICE("@Cron('* * * * *')\n  ")]] as const) {
      const out = await run({ 'src/jumio/jumio.service.ts': service, 'src/jumio/jumio.module.ts': MODULE, ...extra });
      expect(out('src/jumio/jumio.service.ts'), Object.keys(extra).join()).toContain(WHOLE);
      if (!service.includes('@Cron')) expect(out('src/verify/verify.controller.ts')).toContain('web: { href: redirectUrl }');
    }
  });

  it('the item stays at the return for a public or protected member: another file reaches it (controller.jumio.initiate(ref))', async () => {
    const reader = "import { VerifyController } from './verify.controller';\n\nexport const id = async (c: VerifyController) => (await c.jumio.initiate('r')).transactionReference;\n";
    for (const scope of ['public', 'protected']) {
      const controller = CONTROLLER.replace('private readonly jumio', `${scope} readonly jumio`);
      const out = await run({ 'src/jumio/jumio.service.ts': SERVICE(), 'src/verify/verify.controller.ts': controller, 'src/verify/reader.ts': reader });
      expect(out('src/jumio/jumio.service.ts'), scope).toContain(WHOLE);
      expect(out('src/verify/verify.controller.ts'), scope).toContain('web: { href: redirectUrl }'); // its own reads still move
    }
  });

  it('NestJS @Inject: forwardRef(() => the class), and a custom provider { provide: TOKEN, useClass } with a Symbol token', async () => {
    const forward = CONTROLLER.replace("import { Controller, Param, Post } from '@nestjs/common';", "import { Controller, Inject, Param, Post, forwardRef } from '@nestjs/common';")
      .replace('constructor(private readonly jumio: JumioService)', 'constructor(@Inject(forwardRef(() => JumioService)) private readonly jumio: JumioService)');
    let out = await run({ 'src/jumio/jumio.service.ts': SERVICE(), 'src/jumio/jumio.module.ts': MODULE, 'src/verify/verify.controller.ts': forward });
    expect(out('src/verify/verify.controller.ts')).toContain('const { web: { href: redirectUrl }, workflowExecution: { id: transactionReference } } = await this.jumio.initiate(ref);');
    expect(out('src/jumio/jumio.service.ts')).not.toContain(WHOLE);
    // The controller sees the token and an interface only; the module registers the class under the token.
    const tokens = "export const JUMIO = Symbol('JUMIO');\nexport interface JumioApi { initiate(ref: string): Promise<any> }\n";
    const module = "import { Module } from '@nestjs/common';\nimport { JumioService } from './jumio.service';\nimport { JUMIO } from './tokens';\n\n@Module({ providers: [{ provide: JUMIO, useClass: JumioService }], exports: [JUMIO] })\nexport class JumioModule {}\n";
    const byToken = (type: string) => CONTROLLER.replace("import { Controller, Param, Post } from '@nestjs/common';\nimport { JumioService } from '../jumio/jumio.service';",
      `import { Controller, Inject, Param, Post } from '@nestjs/common';\nimport { JumioService } from '../jumio/jumio.service';\nimport { JUMIO, type JumioApi } from '../jumio/tokens';`)
      .replace('constructor(private readonly jumio: JumioService)', `constructor(@Inject(JUMIO) private readonly jumio: ${type})`);
    for (const type of ['JumioApi', 'JumioService']) {
      out = await run({ 'src/jumio/jumio.service.ts': SERVICE(), 'src/jumio/tokens.ts': tokens, 'src/jumio/jumio.module.ts': module, 'src/verify/verify.controller.ts': byToken(type) });
      expect(out('src/verify/verify.controller.ts'), type).toContain('const { web: { href: redirectUrl }, workflowExecution: { id: transactionReference } } = await this.jumio.initiate(ref);');
      expect(out('src/jumio/jumio.service.ts'), type).not.toContain(WHOLE);
    }
  });

  it('@Inject(TOKEN) where what the token provides is not proven keeps the item at the return', async () => {
    const tokens = "export const JUMIO = Symbol('JUMIO');\nexport interface JumioApi { initiate(ref: string): Promise<any> }\n";
    const module = (provider: string) => `import { Module } from '@nestjs/common';\nimport { JumioService } from './jumio.service';\nimport { JUMIO } from './tokens';\n\n@Module({ providers: [${provider}] })\nexport class JumioModule {}\n`;
    const controller = (token: string, extra = '') => CONTROLLER.replace("import { Controller, Param, Post } from '@nestjs/common';",
      `import { Controller, Inject, Param, Post } from '@nestjs/common';\nimport { JUMIO } from '../jumio/tokens';${extra}`)
      .replace('constructor(private readonly jumio: JumioService)', `constructor(@Inject(${token}) private readonly jumio: JumioService)`);
    const cases: [string, Record<string, string>][] = [
      // The member is typed with the class, but the token is registered with something else.
      ['token provided by a factory', { 'src/jumio/jumio.module.ts': module('JumioService, { provide: JUMIO, useFactory: () => ({ initiate: async () => ({}) }) }'), 'src/verify/verify.controller.ts': controller('JUMIO') }],
      // A string token may be spelled in any file.
      ['string token', { 'src/jumio/jumio.module.ts': module("{ provide: 'JUMIO', useClass: JumioService }"), 'src/verify/verify.controller.ts': controller("'JUMIO'") }],
      // A second provider of the same token (a test module's mock) may be what is injected.
      ['second provider', { 'src/jumio/jumio.module.ts': module('{ provide: JUMIO, useClass: JumioService }'), 'src/verify/verify.controller.ts': controller('JUMIO'),
        'test/verify.spec.ts': "import { JUMIO } from '../src/jumio/tokens';\nexport const providers = [{ provide: JUMIO, useValue: { initiate: async () => ({}) } }];\n" }],
      // The class's own token replaced by another class.
      ['class overridden', { 'src/jumio/jumio.module.ts': module('{ provide: JumioService, useClass: Object }'), 'src/verify/verify.controller.ts': CONTROLLER }],
    ];
    for (const [name, files] of cases) {
      const out = await run({ 'src/jumio/jumio.service.ts': SERVICE(), 'src/jumio/tokens.ts': tokens, ...files });
      expect(out('src/jumio/jumio.service.ts'), name).toContain(WHOLE);
    }
  });

  it("a component's class member the markup reads keeps the item (visibility does not hide it from a template)", async () => {
    const component = (markup: string) => `<script lang="ts">
import { Component, Vue } from 'vue-facing-decorator';
import { inject } from './di';
import { JumioService } from './jumio.service';

@Component
export default class Start extends Vue {
  private readonly jumio = inject(JumioService);
  url = '';

  async go(ref: string) {
    this.url = (await this.jumio.initiate(ref)).redirectUrl;
  }
}
</script>

<template>${markup}</template>
`;
    let out = await run({ 'src/jumio/jumio.service.ts': SERVICE(), 'src/jumio/Start.vue': component('<button @click="go(\'x\')">Verify</button>') });
    expect(out('src/jumio/Start.vue')).toContain('this.url = (await this.jumio.initiate(ref)).web.href;');
    expect(out('src/jumio/jumio.service.ts')).not.toContain(WHOLE);
    out = await run({ 'src/jumio/jumio.service.ts': SERVICE(), 'src/jumio/Start.vue': component('<button @click="jumio.initiate(\'x\')">Verify</button>') });
    expect(out('src/jumio/Start.vue')).toContain('this.url = (await this.jumio.initiate(ref)).web.href;');
    expect(out('src/jumio/jumio.service.ts')).toContain(WHOLE);
  });
});
