/** What the importer targets (backup and case dossier) check of every outcome. */
import { expect } from 'vitest';
import type { RepoContext } from '@/lib/db/context';
import { applyImport, DossierImportError, type ConflictChoice, type ImportPlan } from '@/lib/dossier/import';

/** Applies a plan with one choice for every conflicting case (skip when that choice is not offered). */
export function applyAll(repo: RepoContext, plan: ImportPlan, choice: ConflictChoice) {
  const choices = Object.fromEntries(
    plan.cases.flatMap((c) => (c.conflict ? [[c.id, c.conflict.choices.includes(choice) ? choice : 'skip']] : [])),
  );
  return applyImport(repo, plan, choices);
}

/** A refusal the user can read: our own error type, with a message that names the problem. */
export function expectClearRefusal(error: unknown): void {
  expect(error).toBeInstanceOf(DossierImportError);
  const { message } = error as DossierImportError;
  expect(message.length).toBeGreaterThan(10);
  expect(message).not.toMatch(/\[object /);
}

/** A refusal's message with its variable parts (names, numbers) blurred, for the outcome tally. */
export function refusalLabel(error: unknown): string {
  return `refused: ${(error as Error).message.replace(/"[^"]*"|\S*\d\S*|evidence\/\S+|screenshots\/\S+/g, '…').slice(0, 70)}`;
}
