/**
 * Import first in a CLI entry point: the skill's Powertools logger reads its level when its module
 * loads, and the simulator's own output is the transcript. Set POWERTOOLS_LOG_LEVEL to see the logs.
 */
process.env.POWERTOOLS_LOG_LEVEL ??= 'SILENT';
process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';

export {};
