import type { ExtDataApi } from '../browser/ext-data';
import { launchBenchExtension } from '../support/bench-extension';
import { growthResult } from '../support/growth';
import { extensionRendererPids, processMemory, resetPeak } from '../support/process-memory';
import { median, ratioAim, significant } from '../support/stats';
import type { BenchSuite } from '../support/types';

/** The case: 2,000 messages and 100 screenshots of 300 KB (about 30 MB). */
const FULL = { messages: 2_000, screenshots: 100 };
const SCREENSHOT_BYTES = 300_000;
/**
 * Growth sizes as fractions of the full case (1/16, 1/4, 1): the full case is 16× the base.
 * --quick: 1/32 and 1/8 (62 messages + 3 screenshots, 250 + 12), to stay short in CI.
 */
const SCALES = { full: [1 / 16, 1 / 4, 1], quick: [1 / 32, 1 / 8] };
const EXPORT_AIM = 1.5;
const MEMORY_AIM = 2;

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/**
 * `dossier.*`: the case export (`exportCaseDossier`) of a case of 2,000 messages and 100
 * screenshots (about 30 MB) against fflate alone zipping the very same files; the peak memory of
 * the extension's renderer process during each; the import of that case's dossier (`planImport`,
 * which verifies it whole, + `applyImport`) against unzipping alone; and how export and import grow
 * with the case (1/16, 1/4 and all of it). Runs in an extension page of the built extension.
 */
export const dossier: BenchSuite = {
  id: 'dossier',
  title: 'Case export vs fflate alone (time, peak memory); import vs unzip; growth',
  runs: 3,
  async run({ quick, runs, log, launchExtension }) {
    const session = await launchBenchExtension(launchExtension, ['ext-data']);
    try {
      const data = await session.openBenchPage<ExtDataApi>('ext-data');
      const pids = await extensionRendererPids(session.dir);
      if (pids.length === 0) throw new Error('found no renderer process of the extension');
      log(`extension renderer process(es): ${pids.join(', ')}`);
      const cdp = await session.context.newCDPSession(data.page);
      /**
       * Peak resident set added over the timed call, summed over the extension's renderers. Freed
       * memory stays resident (the allocators keep it for reuse), so a side measured after another
       * would reuse its pages and look free: before each, a critical memory-pressure signal (after
       * which Chromium collects garbage and returns free pages to the system) lowers the floor.
       */
      const withPeak = async <T>(work: () => Promise<T>): Promise<{ result: T; peakAdded: number }> => {
        await data.page.evaluate(() => (globalThis as { gc?: () => void }).gc?.());
        await cdp.send('Memory.simulatePressureNotification', { level: 'critical' });
        await new Promise((resolve) => setTimeout(resolve, 300));
        const before = await Promise.all(pids.map((pid) => processMemory(pid)));
        await Promise.all(pids.map((pid) => resetPeak(pid)));
        const result = await work();
        const after = await Promise.all(pids.map((pid) => processMemory(pid)));
        return { result, peakAdded: after.reduce((sum, m, i) => sum + m.peak - before[i]!.rss, 0) };
      };

      const scales = quick ? SCALES.quick : SCALES.full;
      const headlineScale = scales[scales.length - 1]!;
      const exportPoints: { size: number; samples: number[] }[] = [];
      const importPoints: { size: number; samples: number[] }[] = [];
      type ExportRun = { app: number; zip: number; ratio: number; appPeak: number; zipPeak: number; payload: number };
      type ImportRun = { app: number; unzip: number; ratio: number };
      let exportRuns: ExportRun[] = [];
      let importRuns: ImportRun[] = [];
      let headlineSize = { messages: 0, screenshots: 0, payload: 0 };
      for (const scale of scales) {
        const messages = Math.round(FULL.messages * scale);
        const screenshots = Math.round(FULL.screenshots * scale);
        const seedStart = performance.now();
        const { name, caseId } = await data.call('seedExport', messages, screenshots, SCREENSHOT_BYTES);
        log(
          `${messages} messages, ${screenshots} screenshots seeded in ${Math.round(performance.now() - seedStart)} ms`,
        );
        const warm = await data.call('exportDossier', name, caseId);
        const inspected = await data.call('inspectExport');
        await data.call('zipAlone');
        log(
          `warm-up: export ${Math.round(warm.ms)} ms, ${warm.files} files, ${mb(inspected.payloadBytes)} of files → ` +
            `${mb(warm.zipBytes)} ZIP (verifies)`,
        );
        const count = scale === headlineScale ? runs : Math.min(runs, 3);
        const exports: ExportRun[] = [];
        for (let i = 0; i < count; i++) {
          const appFirst = i % 2 === 0;
          let app: { ms: number; peak: number; payload: number } | null = null;
          let zip: { ms: number; peak: number } | null = null;
          for (const side of appFirst ? ['app', 'zip'] : ['zip', 'app']) {
            if (side === 'app') {
              const { result, peakAdded } = await withPeak(() => data.call('exportDossier', name, caseId));
              app = { ms: result.ms, peak: peakAdded, payload: inspected.payloadBytes };
            } else {
              const { result, peakAdded } = await withPeak(() => data.call('zipAlone'));
              zip = { ms: result.ms, peak: peakAdded };
            }
          }
          exports.push({
            app: app!.ms,
            zip: zip!.ms,
            ratio: app!.ms / zip!.ms,
            appPeak: app!.peak,
            zipPeak: zip!.peak,
            payload: app!.payload,
          });
          log(
            `export run ${i + 1}/${count} (${appFirst ? 'export' : 'fflate'} first): export ${Math.round(app!.ms)} ms ` +
              `(peak +${mb(app!.peak)}), fflate alone ${Math.round(zip!.ms)} ms (peak +${mb(zip!.peak)}), ratio ${(app!.ms / zip!.ms).toFixed(2)}`,
          );
        }
        const prepared = await data.call('prepareImport', name, caseId);
        await data.call('importDossier');
        await data.call('unzipAlone');
        const imports: ImportRun[] = [];
        for (let i = 0; i < count; i++) {
          const appFirst = i % 2 === 0;
          const first = await data.call(appFirst ? 'importDossier' : 'unzipAlone');
          const second = await data.call(appFirst ? 'unzipAlone' : 'importDossier');
          const [app, unzip] = appFirst ? [first.ms, second.ms] : [second.ms, first.ms];
          imports.push({ app, unzip, ratio: app / unzip });
          log(
            `import run ${i + 1}/${count} (dossier ${mb(prepared.dossierBytes)}, backup ${mb(prepared.backupBytes)}): ` +
              `verify + import ${Math.round(app)} ms, unzip alone ${Math.round(unzip)} ms, ratio ${(app / unzip).toFixed(2)}`,
          );
        }
        exportPoints.push({ size: messages, samples: exports.map((e) => e.app) });
        importPoints.push({ size: messages, samples: imports.map((e) => e.app) });
        if (scale === headlineScale) {
          exportRuns = exports;
          importRuns = imports;
          headlineSize = { messages, screenshots, payload: inspected.payloadBytes };
        }
        await data.call('drop', name);
      }

      const { messages, screenshots, payload } = headlineSize;
      const exportRatio = significant(median(exportRuns.map((e) => e.ratio)));
      const importRatio = significant(median(importRuns.map((e) => e.ratio)));
      const appPeak = median(exportRuns.map((e) => e.appPeak));
      const zipPeak = median(exportRuns.map((e) => e.zipPeak));
      const memoryRatio = significant(appPeak / payload);
      const caseText = `a case of ${messages} messages and ${screenshots} screenshots (${mb(payload)} of files in the archive)`;
      return [
        {
          id: 'dossier.export-vs-zip',
          description:
            `exportCaseDossier of ${caseText}, in an extension page: reading the case, checking its log, the report, ` +
            'JSON, transcripts, SHA-256 of every file, the ZIP, until its Blob exists. Ratio = export ÷ fflate alone, median of per-run ratios',
          value: Math.round(median(exportRuns.map((e) => e.app))),
          unit: 'ms',
          baseline:
            'fflate alone (the same streaming Zip, deflate level 6, screenshots stored) zipping the very same files into a Blob',
          baselineValue: Math.round(median(exportRuns.map((e) => e.zip))),
          ratio: exportRatio,
          ...ratioAim(exportRatio, { atMost: EXPORT_AIM }),
          runs: exportRuns.length,
        },
        {
          id: 'dossier.export-peak-memory',
          description:
            `Peak resident memory the export adds to the extension's renderer process (Linux VmHWM after a clear_refs reset, ` +
            `minus VmRSS just before), for ${caseText}; fflate alone added ${mb(zipPeak)} in the same runs. ` +
            'Ratio = peak added ÷ payload (the aim is ≤ 2× the payload)',
          value: significant(appPeak / 1e6),
          unit: 'MB',
          baseline: 'the payload: the bytes of every file in the archive',
          baselineValue: significant(payload / 1e6),
          ratio: memoryRatio,
          ...ratioAim(memoryRatio, { atMost: MEMORY_AIM }),
          runs: exportRuns.length,
        },
        {
          id: 'dossier.import-vs-unzip',
          description:
            `Importing the dossier of ${caseText} into an empty database: planImport (which verifies the whole ` +
            'dossier) + applyImport. Ratio = import ÷ unzip alone, median of per-run ratios',
          value: Math.round(median(importRuns.map((e) => e.app))),
          unit: 'ms',
          baseline: 'fflate unzipSync of the same dossier',
          baselineValue: Math.round(median(importRuns.map((e) => e.unzip))),
          ratio: importRatio,
          ...ratioAim(importRatio, null),
          runs: importRuns.length,
        },
        growthResult({
          suite: 'dossier',
          what: 'exportCaseDossier (messages and screenshots in proportion)',
          unit: 'messages',
          points: exportPoints,
        }),
        {
          ...growthResult({
            suite: 'dossier',
            what: 'the dossier importer (planImport + applyImport)',
            unit: 'messages',
            points: importPoints,
          }),
          id: 'dossier.import-growth',
        },
      ];
    } finally {
      await session.close();
    }
  },
};
