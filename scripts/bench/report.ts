/** The benchmark's targets (DESIGN.md "Budgets", as ratios from one interleaved run) and its printed table. */
import type { ColdResult } from './cold';
import type { SessionTraffic } from './dynamoSession';
import { REQUEST_KINDS } from './shared';
import type { WarmComparison } from './warm';

export const TARGETS = {
  productionColdToBare: 1.9,
  memoryColdToBare: 1.45,
  launchP50ToFloor: 1.4,
  launchP99ToFloor: 2,
  rssToFloor: 1.2,
  storeReadsPerSession: 1,
};

export interface Report {
  date: string;
  machine: Record<string, unknown>;
  quick: boolean;
  pinnedToOneCore: boolean;
  memorySizeMb: number;
  targets: typeof TARGETS;
  verdicts: Record<string, boolean>;
  /** index.js, and the files beside it that it requires on first use (tools/build/besideModules.ts). */
  bundle: { bytes: number; gzipBytes: number; beside: Record<string, number> };
  coldStart: ColdResult;
  warm: WarmComparison;
  dynamo: SessionTraffic[];
}

export function verdictsOf(cold: ColdResult, warm: WarmComparison, dynamo: SessionTraffic[]): Record<string, boolean> {
  return {
    productionColdStart: cold.figures.production.ratioToBare <= TARGETS.productionColdToBare,
    memoryColdStart: cold.figures['memory store'].ratioToBare <= TARGETS.memoryColdToBare,
    warmLaunchP50: warm.launchP50Ratio <= TARGETS.launchP50ToFloor,
    warmLaunchP99: warm.launchP99Ratio <= TARGETS.launchP99ToFloor,
    rss: warm.rssRatio <= TARGETS.rssToFloor,
    readsPerSession: Math.max(...dynamo.map((s) => s.reads)) <= TARGETS.storeReadsPerSession,
  };
}

const mark = (ok: boolean | undefined) => (ok ? 'ok' : 'MISSED');
const fixed = (n: number | undefined, digits = 1) => (n === undefined ? '' : n.toFixed(digits));

export function formatReport(report: Report): string {
  const { coldStart: cold, warm, verdicts } = report;
  const lines: string[] = [''];
  lines.push(`cold start (medians of ${cold.rounds} interleaved rounds; ratios are per-round)`);
  lines.push('  variant          process ms   − bare ms   ÷ bare   ÷ floor   require ms   first request ms   target');
  for (const [variant, f] of Object.entries(cold.figures)) {
    const target =
      variant === 'production'
        ? `<= ${TARGETS.productionColdToBare}x: ${mark(verdicts.productionColdStart)}`
        : variant === 'memory store'
          ? `<= ${TARGETS.memoryColdToBare}x: ${mark(verdicts.memoryColdStart)}`
          : '';
    lines.push(
      `  ${variant.padEnd(15)} ${fixed(f.ms).padStart(11)} ${fixed(f.overBareMs).padStart(11)} ${fixed(f.ratioToBare, 2).padStart(8)} ${fixed(f.ratioToFloor, 2).padStart(9)} ${fixed(f.requireMs).padStart(12)} ${fixed(f.firstRequestMs).padStart(18)}   ${target}`,
    );
  }
  lines.push('');
  lines.push(
    `warm latency, µs (memory store; ${warm.skill.requests} requests before RSS is read; ${warm.pairs} alternating skill/floor pairs; heap flags for ${report.memorySizeMb} MB${report.pinnedToOneCore ? '; pinned to one core' : ''})`,
  );
  lines.push('  kind             skill p50   p95     p99  | floor p50    p99  | request line off p50');
  for (const kind of REQUEST_KINDS) {
    const s = warm.skill.latencyUs[kind];
    const f = warm.floor.latencyUs[kind];
    const q = warm.silent.latencyUs[kind];
    lines.push(
      `  ${kind.padEnd(14)} ${fixed(s.p50).padStart(9)} ${fixed(s.p95).padStart(7)} ${fixed(s.p99).padStart(7)}  | ${fixed(f.p50).padStart(9)} ${fixed(f.p99).padStart(6)}  | ${fixed(q.p50).padStart(8)}`,
    );
  }
  lines.push(
    `  Launch p50 ${warm.launchP50Ratio.toFixed(2)}x the floor (target <= ${TARGETS.launchP50ToFloor}x: ${mark(verdicts.warmLaunchP50)}), p99 ${warm.launchP99Ratio.toFixed(2)}x (target <= ${TARGETS.launchP99ToFloor}x: ${mark(verdicts.warmLaunchP99)})`,
  );
  lines.push(
    `  RSS after ${warm.skill.requests} requests: skill ${warm.skill.rssAfterRunMiB.toFixed(1)} MiB, floor ${warm.floor.rssAfterRunMiB.toFixed(1)} MiB, ${warm.rssRatio.toFixed(2)}x (target <= ${TARGETS.rssToFloor}x: ${mark(verdicts.rss)})`,
  );
  lines.push(
    `  requests/s on one thread: skill ${Math.round(warm.skill.requestsPerSecond)}, floor ${Math.round(warm.floor.requestsPerSecond)}, skill without request line ${Math.round(warm.silent.requestsPerSecond)}`,
  );
  lines.push('');
  const beside = Object.entries(report.bundle.beside)
    .map(([file, bytes]) => `${file} ${bytes} B`)
    .join(', ');
  lines.push(`bundle ${report.bundle.bytes} B minified, ${report.bundle.gzipBytes} B gzip (reported; the cold-start figure decides)`);
  lines.push(`  beside it, required on first use: ${beside}`);
  lines.push('');
  lines.push('DynamoDB calls per scripted session (launch -> tip -> next -> repeat -> stop), counted on the wire');
  for (const session of report.dynamo) {
    const steps = session.steps.map((s) => `${s.say} ${s.reads}r/${s.writes}w`).join(', ');
    lines.push(`  ${session.session.padEnd(16)} reads ${session.reads}, writes ${session.writes}   (${steps})`);
  }
  lines.push(`  reads per session <= ${TARGETS.storeReadsPerSession}: ${mark(verdicts.readsPerSession)}`);
  return lines.join('\n');
}
