/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  testMatch: ['**/*.test.ts'],
  testTimeout: 60000,
  // Chooses (and if need be unpacks) the browser tests' Chromium once per run; teardown removes it.
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  // The closing lines name the suites skipped because LibreOffice or Chromium is missing.
  reporters: ['default', '<rootDir>/test/support/skipped-reporter.js'],
};
