// Rheinwerk Energie (EU): a new household customer verifies their identity (German ID card and a selfie) before the
// smart-meter contract is signed. NestJS; every outside answer becomes a domain object through an AutoMapper profile
// (pojos strategy), this one through IdentityCheckProfile below.
import { Injectable } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import { createMap, forMember, mapFrom, type Mapper, type MappingProfile } from '@automapper/core';
import { AutomapperProfile, InjectMapper } from '@automapper/nestjs';
import { PojosMetadataMap } from '@automapper/pojos';
import { saveIdentityCheckLink, type ContractDraft } from './store.js';

/** The v4 initiate answer, as the profile reads it. */
interface NetverifyV4Answer {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

/** What the contract module keeps and shows. */
export interface IdentityCheckLink {
  href: string;
  scanReference: string;
  createdAt: Date;
}

@Injectable()
export class IdentityCheckProfile extends AutomapperProfile {
  constructor(@InjectMapper() mapper: Mapper) {
    super(mapper);
  }

  override get profile(): MappingProfile {
    return (mapper: Mapper) => {
      PojosMetadataMap.create<NetverifyV4Answer>('NetverifyV4Answer', { timestamp: String, redirectUrl: String, transactionReference: String });
      PojosMetadataMap.create<IdentityCheckLink>('IdentityCheckLink', { href: String, scanReference: String, createdAt: Date });
      createMap<NetverifyV4Answer, IdentityCheckLink>(
        mapper,
        'NetverifyV4Answer',
        'IdentityCheckLink',
        forMember((link: IdentityCheckLink) => link.href, mapFrom(({ redirectUrl }: NetverifyV4Answer) => redirectUrl)),
        forMember((link: IdentityCheckLink) => link.scanReference, mapFrom(({ transactionReference }: NetverifyV4Answer) => transactionReference)),
        forMember((link: IdentityCheckLink) => link.createdAt, mapFrom(({ timestamp }: NetverifyV4Answer) => new Date(timestamp))),
      );
    };
  }
}

@Injectable()
export class ContractIdentityService {
  constructor(
    private readonly http: HttpService,
    @InjectMapper() private readonly mapper: Mapper,
  ) {}

  async start(draft: ContractDraft): Promise<IdentityCheckLink> {
    const { data } = await firstValueFrom(
      this.http.post(
        'https://lon.netverify.com/api/v4/initiate',
        {
          customerInternalReference: draft.id,
          userReference: draft.customer.id,
          workflowId: 200,
          presets: [{ index: 1, country: 'DEU', type: 'ID_CARD' }],
          successUrl: `https://vertrag.rheinwerk.example/entwuerfe/${draft.id}/identitaet/fertig`,
          errorUrl: `https://vertrag.rheinwerk.example/entwuerfe/${draft.id}/identitaet/fehler`,
          locale: 'de',
          tokenLifetimeInMinutes: 1440,
        },
        {
          auth: { username: process.env.RHEINWERK_NV_TOKEN ?? '', password: process.env.RHEINWERK_NV_SECRET ?? '' },
          headers: { Accept: 'application/json', 'User-Agent': 'Rheinwerk-Vertrag/2.9' },
        },
      ),
    );

    const link = this.mapper.map<NetverifyV4Answer, IdentityCheckLink>(data, 'NetverifyV4Answer', 'IdentityCheckLink');
    await saveIdentityCheckLink(draft.id, link);
    return link;
  }
}
