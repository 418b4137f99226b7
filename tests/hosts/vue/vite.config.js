import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

// Vue must be told which tags are custom elements, or it looks for components of those names.
export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('kz-iin-') } } })],
})
