import { CaseFurtherIncidentsResolver, FurtherIncidentResolver } from './further-incident.resolver.js';
import { FurtherIncidentRepository } from './further-incident.repository.js';
import { FurtherIncidentService } from './further-incident.service.js';
import { LinkedPersonRepository } from './linked-person.repository.js';
import { LinkedPersonResolver } from './linked-person.resolver.js';
import { LinkedPersonService } from './linked-person.service.js';

/** The providers of further incidents and of linked persons changed after referral (one line in CasesModule). */
export const FURTHER_INCIDENT_PROVIDERS = [
  FurtherIncidentRepository,
  FurtherIncidentService,
  FurtherIncidentResolver,
  CaseFurtherIncidentsResolver,
  LinkedPersonRepository,
  LinkedPersonService,
  LinkedPersonResolver,
];
