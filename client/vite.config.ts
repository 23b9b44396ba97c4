import { fileURLToPath, URL } from 'node:url';
import vue from '@vitejs/plugin-vue';
import AutoImport from 'unplugin-auto-import/vite';
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers';
import Components from 'unplugin-vue-components/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig(({ mode }) => {
  // Element Plus is imported on demand, components and their CSS alike. Vitest (mode "test")
  // cannot load the per-component .css files, so unit tests get the components without styles.
  // The mode decides, not the VITEST variable: the e2e runner builds the client from inside a
  // test run, and that build needs its styles.
  const elementPlus = ElementPlusResolver({ importStyle: mode === 'test' ? false : 'css' });

  return {
    plugins: [
      vue(),
      // Only Element Plus services (ElMessage, ElMessageBox, ...): they need their CSS imported too.
      AutoImport({ resolvers: [elementPlus], dts: 'src/auto-imports.d.ts' }),
      // Only Element Plus components; the CRM's own components are imported explicitly.
      Components({ resolvers: [elementPlus], dirs: [], dts: 'src/components.d.ts' }),
    ],
    // vue-i18n: only the Composition API and no devtools hooks, which keeps its code small.
    define: {
      __VUE_I18N_FULL_INSTALL__: false,
      __VUE_I18N_LEGACY_API__: false,
      __INTLIFY_PROD_DEVTOOLS__: false,
    },
    resolve: {
      alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
    },
    server: {
      // The dev server forwards the API to a running CRM server (by default the one `pnpm start` runs).
      proxy: { '/api': process.env.CRM_API_URL ?? 'http://localhost:3000' },
    },
    build: {
      // The manifest lets scripts/check-bundle-size.mjs find what the first page loads.
      manifest: true,
    },
    test: {
      environment: 'happy-dom',
      include: ['src/**/*.spec.ts'],
      restoreMocks: true,
    },
  };
});
