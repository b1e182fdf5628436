/** Unit tests: pure rules in libs/domain and the API's framework-free helpers. */
module.exports = {
  projects: ['<rootDir>/libs/domain/jest.config.cjs', '<rootDir>/apps/api/jest.config.cjs'],
};
