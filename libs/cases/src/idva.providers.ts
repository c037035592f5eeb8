import { IdvaRepository } from './idva.repository.js';
import { IdvaResolver } from './idva.resolver.js';
import { IdvaService } from './idva.service.js';

/** The IDVA service's providers (one entry in CasesModule). */
export const IDVA_PROVIDERS = [IdvaRepository, IdvaService, IdvaResolver];
