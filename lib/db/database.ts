import Dexie, { type Table } from 'dexie';
import type {
  CaseEventRecord,
  CaseRecord,
  ChatMessageRecord,
  DraftRecord,
  EvidenceRecord,
  FactRecord,
  ReminderRecord,
  Settings,
} from '../schemas';
import { abortCauseMiddleware } from './abort-cause';
import { SCHEMA_VERSIONS, type SchemaVersion } from './schema-versions';

export const DATABASE_NAME = 'paper-trail';

export interface MetaRecord {
  key: 'schema';
  version: number;
  upgradedAt: number;
}

export class PaperTrailDb extends Dexie {
  meta!: Table<MetaRecord, string>;
  cases!: Table<CaseRecord, string>;
  messages!: Table<ChatMessageRecord, string>;
  evidence!: Table<EvidenceRecord, string>;
  facts!: Table<FactRecord, string>;
  drafts!: Table<DraftRecord, string>;
  settings!: Table<Settings, string>;
  reminders!: Table<ReminderRecord, string>;
  events!: Table<CaseEventRecord, string>;

  /** `versions` is injectable so the migration harness can open a database as an old release did. */
  constructor(name = DATABASE_NAME, versions: readonly SchemaVersion[] = SCHEMA_VERSIONS) {
    super(name);
    this.use(abortCauseMiddleware);
    for (const entry of versions) {
      const declared = this.version(entry.version).stores(entry.stores);
      declared.upgrade(async (tx) => {
        if (entry.upgrade) await entry.upgrade(tx);
        await tx.table('meta').put({ key: 'schema', version: entry.version, upgradedAt: Date.now() });
      });
    }
    const latest = versions[versions.length - 1]!.version;
    this.on('populate', (tx) => {
      void tx.table('meta').put({ key: 'schema', version: latest, upgradedAt: Date.now() });
    });
  }
}
