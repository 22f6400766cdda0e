/** Jest runs TypeScript through SWC: ts-jest does not work with TypeScript 7; `tsc --noEmit` type-checks. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  setupFiles: ['<rootDir>/test/support/env.ts'],
  // Fails any test file whose log lines carry a user, device or session id or a token.
  setupFilesAfterEnv: ['<rootDir>/test/support/logScan.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'commonjs' } }] },
  testTimeout: 20000,
};
