/**
 * Jest setupFiles entry: runs before any test file's imports, so the Powertools logger (created at
 * module load in lambda/observability/logger.ts) starts silent.
 */
process.env.POWERTOOLS_LOG_LEVEL = 'SILENT';
// The AWS SDK warns on every client that Node 20 support ends; it is noise in test output.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
