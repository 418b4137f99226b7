import js from '@eslint/js'
import globals from 'globals'

export default [
  { ignores: ['pkg/', 'dist/', 'target/', 'node_modules/', 'fuzz/', '.venv/', 'docs/book/'] },
  js.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2024,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      'no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
]
