/**
 * One place for how much each fuzz target runs. `npm test` (through the normal unit run) uses
 * REDUCED_RUNS; `npm run fuzz` sets FUZZ_RUNS=10000. FUZZ_SEED replays a run: every target prints
 * the seed it used, and a failure also prints fast-check's seed, path and counterexample.
 */
import fc from 'fast-check';

/** Printed in every run's output (the lint rule keeps console.log out of the code). */
export const report = (line: string) => process.stdout.write(`${line}\n`);

export const REDUCED_RUNS = 200;

function envNumber(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value)) throw new Error(`${name} must be an integer, not "${raw}"`);
  return value;
}

/** Generated cases for a target: FUZZ_RUNS, scaled for a costly target, else the reduced count. */
export function runsFor(scale = 1): number {
  const full = envNumber('FUZZ_RUNS');
  return full === undefined ? REDUCED_RUNS : Math.max(1, Math.round(full * scale));
}

/** FUZZ_SEED when given (replay), else a fresh seed that is printed. */
export function seedFor(): number {
  return envNumber('FUZZ_SEED') ?? (Date.now() ^ (Math.random() * 0x7fffffff)) | 0;
}

export interface FuzzParameters {
  numRuns: number;
  seed: number;
  /** FUZZ_PATH (from a failure report) replays only the shrunk case. */
  path?: string;
}

/** Parameters for `fc.assert`, logged so a failing run can be replayed with FUZZ_SEED=…. */
export function fuzzParameters(target: string, scale = 1): FuzzParameters {
  const numRuns = runsFor(scale);
  const seed = seedFor();
  const path = process.env.FUZZ_PATH || undefined;
  report(`[fuzz] ${target}: ${numRuns} runs, seed ${seed} (replay: FUZZ_SEED=${seed})`);
  return path === undefined ? { numRuns, seed } : { numRuns, seed, path };
}

/** Runs a property with the target's parameters and logs how long it took. */
export function fuzz<Ts>(target: string, property: fc.IProperty<Ts>, scale = 1): void {
  const started = performance.now();
  const params = fuzzParameters(target, scale);
  fc.assert(property, params);
  report(`[fuzz] ${target}: ${params.numRuns} runs passed in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

export async function fuzzAsync<Ts>(target: string, property: fc.IAsyncProperty<Ts>, scale = 1): Promise<void> {
  const started = performance.now();
  const params = fuzzParameters(target, scale);
  await fc.assert(property, params);
  report(`[fuzz] ${target}: ${params.numRuns} runs passed in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/**
 * Test timeout for a target: a few times what a case takes here, never under two minutes, so a
 * machine loaded by the rest of `npm test` fails only on a real failure.
 */
export function timeoutFor(msPerRun: number): number {
  return Math.max(120_000, runsFor() * msPerRun);
}

/** Counts outcomes of a target (which refusal, which path) so the output shows how deep the cases reach. */
export function createTally() {
  const counts = new Map<string, number>();
  return {
    add(outcome: string) {
      counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
    },
    print(target: string) {
      const lines = [...counts]
        .sort((a, b) => b[1] - a[1])
        .map(([outcome, n]) => `  ${String(n).padStart(6)}  ${outcome}`);
      report(`[fuzz] ${target} outcomes:\n${lines.join('\n')}`);
    },
  };
}
