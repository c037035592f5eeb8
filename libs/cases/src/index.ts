export * from './cases.module.js';
export * from './case.service.js';
export * from './person.service.js';
export * from './flag.service.js';
export * from './case.enums.js';
// the cases SQL stays inside the library; other domains filter their rows by case visibility with this one fragment
export { caseVisibleSql, type CaseLevel } from './case.sql.js';
export * from './referral-rules.js';
export * from './case-lifecycle.js';
export * from './models/case.model.js';
export * from './models/person.model.js';
export * from './demo-cases.seed.js';
export { CaseMeetingsPort, type AgendaCandidateCase } from './meetings.port.js';
export * from './notifications.port.js';
export * from './risk.js';
export * from './closure.enums.js';
export * from './models/further-incident.model.js';
export { IdvaService } from './idva.service.js';
export * from './import/import.module.js';
export * from './import/import.service.js';
export {
  parseImport,
  IMPORT_COLUMNS,
  OPTIONAL_IMPORT_COLUMNS,
  type ImportProblem,
} from './import/import-rows.js';
