/**
 * The whole suite runs on jest with native ESM (node --experimental-vm-modules) and SWC for the
 * TypeScript. Imports keep their `.js` suffix as NodeNext requires; the mapper strips it so jest
 * finds the `.ts` source.
 */
export default {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/\\.data/', '/__generated__/'],
  modulePathIgnorePatterns: ['<rootDir>/\\.data/'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: { parser: { syntax: 'typescript' }, target: 'es2022', keepClassNames: true },
        module: { type: 'es6' },
      },
    ],
  },
  // Legacy databases, whole hubs and a browser start inside tests; a minute is not a hang.
  testTimeout: 300_000,
  // The suite shares one MariaDB server and fixed sample files; one file at a time keeps them apart.
  maxWorkers: 1,
};
