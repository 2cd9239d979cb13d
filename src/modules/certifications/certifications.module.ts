import { DataSource } from 'typeorm';
import { byIdLoader } from '../../core/loaders/by-id-loader';
import { ApiModule } from '../../core/modules/api-module';
import { CERTIFICATION_READERS, mayReadCertification } from './certification-access';
import { labelsByOrganisationLoader } from './certification-labels';
import { Certification } from './certification.entity';
import { CertificationResolver } from './certification.resolver';
import { OCOP_READERS } from './ocop/ocop-access';
import { OcopProduct } from './ocop/ocop-product.entity';
import { OcopProductResolver } from './ocop/ocop-product.resolver';
import { CertificationsPorts, LotIntensitySource } from './ports';

declare module '../../core/auth/scopes' {
  interface ScopeResources {
    certifications: true;
    ocop: true;
  }
}

declare module '../../core/context' {
  interface AppRuntime {
    /** The product lots label eligibility reads intensities from; null until a lot register is wired (see ports.ts). */
    lotIntensitySource: LotIntensitySource | null;
  }
}

export function createCertificationLoaders(dataSource: DataSource) {
  return {
    certificationById: byIdLoader(dataSource, Certification),
    ocopProductById: byIdLoader(dataSource, OcopProduct),
    lowEmissionLabelsByOrganisation: labelsByOrganisationLoader(dataSource),
  };
}

declare module '../../core/loaders/loaders' {
  interface Loaders extends ReturnType<typeof createCertificationLoaders> {}
}

/** Certifications, the low-emission label and OCOP (tasks VI.2, VI.5); product lots come in as a port (ports.ts). */
export const certificationsModule = (ports: CertificationsPorts = {}): ApiModule => ({
  name: 'certifications',
  entities: [Certification, OcopProduct],
  resolvers: [CertificationResolver, OcopProductResolver],
  loaders: createCertificationLoaders,
  nodeTypes: {
    Certification: {
      rule: CERTIFICATION_READERS,
      load: async (ctx, id) => {
        const certification = await ctx.loaders.certificationById.load(id);
        return certification && mayReadCertification(ctx, certification) ? certification : null;
      },
    },
    OcopProduct: { rule: OCOP_READERS, load: (ctx, id) => ctx.loaders.ocopProductById.load(id) },
  },
  scopes: ['certifications', 'ocop'],
  services: () => ({ lotIntensitySource: ports.lotIntensity ?? null }),
});
