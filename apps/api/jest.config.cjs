/** Unit tests of the API's helpers that need neither a database nor Nest (i18n, error wording). */
module.exports = {
  displayName: 'api-unit',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  moduleNameMapper: {
    '^@concordia/domain$': '<rootDir>/../../libs/domain/src/index.ts',
    '^@concordia/contracts$': '<rootDir>/../../libs/contracts/src/index.ts',
  },
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
};
