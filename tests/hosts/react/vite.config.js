import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

// Nothing else for the elements: React 19 passes properties and listens to custom events itself.
export default defineConfig({ plugins: [react()] })
