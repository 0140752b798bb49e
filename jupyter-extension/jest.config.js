// Unit tests run in Node (no browser, no DOM). The tested modules use JupyterLab only through types, except the
// inline provider, which needs the `InlineCompletionTriggerKind` enum: `@jupyterlab/completer` is mapped to its own
// tokens module (the real one, from node_modules), which has that enum and none of the completer's DOM code.
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.spec.ts'],
  moduleNameMapper: {
    '^@jupyterlab/completer$': '<rootDir>/node_modules/@jupyterlab/completer/lib/tokens.js'
  },
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }]
  },
  // node_modules is not transformed, except that one ES module.
  transformIgnorePatterns: ['/node_modules/(?!@jupyterlab/completer/)']
};
