export { applyImport, type ImportChoices, type ImportProgress, type ImportResult } from './apply';
export { DossierImportError, IMPORT_ERROR_CODES, type ImportErrorCode } from './import-error';
export { ENVELOPE_MIGRATIONS, migrateEnvelope, type ArchiveKind, type EnvelopeMigration } from './migrations';
export {
  planImport,
  type ConflictChoice,
  type ImportConflict,
  type ImportCounts,
  type ImportPlan,
  type PlannedCase,
} from './plan';
