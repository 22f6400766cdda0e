/**
 * Jest setupFiles entry: runs before any test file's imports. The skill logs at INFO, as deployed, so
 * that test/support/logScan.ts sees (and keeps out of the test output) every line the suites produce.
 */
process.env.POWERTOOLS_LOG_LEVEL = 'INFO';
// The AWS SDK warns on every client that Node 20 support ends; it is noise in test output.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
