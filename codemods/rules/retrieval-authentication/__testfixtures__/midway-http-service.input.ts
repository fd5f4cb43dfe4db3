import { Config, Inject, Provide } from '@midwayjs/core';
import { HttpService } from '@midwayjs/axios';

@Provide()
export class JumioResultService {
  @Inject()
  httpService: HttpService;

  @Config('jumio.basic')
  basic: string;

  async userOf(reference: string): Promise<string> {
    const { data } = await this.httpService.get(`https://netverify.com/api/netverify/v2/authentications/${reference}`, {
      headers: { Authorization: `Basic ${this.basic}`, 'User-Agent': 'Contoso Midway/1.0' },
    });
    return data.userReference;
  }
}
