export { PaperTrailDb, DATABASE_NAME } from './database';
export { openDatabase, DatabaseTooNewError, CURRENT_SCHEMA_VERSION } from './open';
export { createRepoContext, type RepoContext } from './context';
export * as casesRepo from './repos/cases';
export * as messagesRepo from './repos/messages';
export * as evidenceRepo from './repos/evidence';
export * as itemsRepo from './repos/items';
export * as eventsRepo from './repos/events';
export * as settingsRepo from './repos/settings';
