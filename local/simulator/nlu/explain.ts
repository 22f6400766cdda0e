import { type NluResult, NUMBER_TYPES, type SlotResult, type Tier } from './types';

const TIER_LABELS: Record<Tier, string> = { 3: 'exact', 2: 'slots', 1: 'slot?', 0: 'generalised' };

function describeSlot(slot: SlotResult): string {
  if (slot.value === undefined) return `${slot.name}=(empty)`;
  const said = `${slot.name}="${slot.value}"`;
  if (!slot.resolution) return NUMBER_TYPES.has(slot.type) ? `${said} (${slot.type})` : said;
  if (slot.resolution.status === 'ER_SUCCESS_NO_MATCH') return `${said} -> ER_SUCCESS_NO_MATCH`;
  const values = slot.resolution.values.map((v) => v.id).join(' | ');
  return `${said} -> ${values} (ER_SUCCESS_MATCH)`;
}

export function describeSlots(slots: Record<string, SlotResult>): string {
  return Object.values(slots)
    .filter((s) => s.value !== undefined)
    .map(describeSlot)
    .join(', ');
}

/** The `--explain` text: intents considered with scores, and why the winner won. */
export function formatExplanation(result: NluResult, limit = 8): string {
  const lines: string[] = [];
  const tier =
    result.tier === 'generalised'
      ? `generalising tier, threshold ${result.threshold?.toFixed(2)}`
      : result.tier === 'exact'
        ? 'exact tier'
        : 'no match';
  lines.push(`nlu (${result.locale}): "${result.utterance}" [${tier}]`);
  if (result.readings) {
    for (const r of result.readings) lines.push(`  reading "${r.phrase}" -> ${r.intent} ${r.score.toFixed(2)}`);
  }
  const width = Math.max(24, ...result.considered.slice(0, limit).map((c) => c.intent.length + 2));
  for (const c of result.considered.slice(0, limit)) {
    const name = c.intent.padEnd(width);
    if (c.best) {
      const slots = describeSlots(c.best.slots);
      const how = `${TIER_LABELS[c.best.tier]}${c.best.variant ? ', fillers dropped' : ''}${c.best.source === 'builtin' ? ', built-in phrasing' : ''}`;
      lines.push(`  ${name}${c.best.score.toFixed(2)}  "${c.best.sample}" [${how}]${slots ? `  ${slots}` : ''}`);
      if (c.best.tier === 0 && c.best.notes?.length) lines.push(`  ${''.padEnd(width)}      ${c.best.notes.join('; ')}`);
    } else {
      const closest =
        c.closest && c.closest.overlap > 0
          ? `closest "${c.closest.sample}" (${Math.round(c.closest.overlap * 100)}% shared words)`
          : 'nothing in common';
      lines.push(`  ${name}  -   no sample fits; ${closest}`);
    }
  }
  const rest = result.considered.length - limit;
  if (rest > 0) lines.push(`  ... ${rest} more intents without a fitting sample`);
  lines.push(`  winner: ${result.intent} (${result.score.toFixed(2)}): ${result.reason}`);
  return lines.join('\n');
}
