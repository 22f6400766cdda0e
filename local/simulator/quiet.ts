/**
 * Import first in a CLI entry point: the skill's Powertools logger reads its level when its module
 * loads, and the simulator's own output is the transcript. Set POWERTOOLS_LOG_LEVEL to see the logs.
 */
process.env.POWERTOOLS_LOG_LEVEL ??= 'SILENT';
process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';
// AWS SDK v3's own switch for its notice that future versions need Node.js 22 (the Lambda runs 22; this
// local tool runs on what the developer has): it is read by the SDK before it warns.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

export {};
