import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../../schemas/settings';
import type { RepoContext } from '../context';

/** Stored settings failed validation: shown to the user, never silently replaced. */
export class SettingsInvalidError extends Error {
  readonly code = 'settings-invalid';
  constructor(readonly issues: string[]) {
    super(`Saved settings could not be read (${issues.join('; ')}). They were left as they are.`);
    this.name = 'SettingsInvalidError';
  }
}

export async function getSettings(ctx: RepoContext): Promise<Settings> {
  const stored = await ctx.db.settings.get('settings');
  if (!stored) return DEFAULT_SETTINGS;
  const parsed = settingsSchema.safeParse(stored);
  if (!parsed.success) {
    throw new SettingsInvalidError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  return parsed.data;
}

export async function updateSettings(ctx: RepoContext, change: (current: Settings) => Settings): Promise<Settings> {
  return ctx.db.transaction('rw', ctx.db.settings, async () => {
    const next = settingsSchema.parse(change(await getSettings(ctx)));
    await ctx.db.settings.put(next);
    return next;
  });
}
