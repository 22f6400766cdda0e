/**
 * Jest setupFiles entry: runs before any test file's imports, so the Powertools logger (created at
 * module load in lambda/observability/logger.ts) starts silent.
 */
process.env.POWERTOOLS_LOG_LEVEL = 'SILENT';
