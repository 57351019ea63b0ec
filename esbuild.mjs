// Bundles the extension client, the language server (and its workspace-index worker thread) and
// the command line, each into one file.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'info',
};

// PDF.js (pdfjs-dist, ESM) is bundled into the CommonJS client and CLI: give it the
// import.meta.url it reads when loading.
const pdfjsInCjs = {
  define: { 'import.meta.url': '__imr_import_meta_url' },
  banner: { js: "var __imr_import_meta_url = require('url').pathToFileURL(__filename).href;" },
};

const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'client/out/extension.js', external: ['vscode'], ...pdfjsInCjs },
  { ...common, entryPoints: ['server/src/main.ts'], outfile: 'server/out/server.js' },
  { ...common, entryPoints: ['server/src/indexWorker.ts'], outfile: 'server/out/indexWorker.js' },
  { ...common, entryPoints: ['cli/src/main.ts'], outfile: 'cli/out/imr-letters.js', ...pdfjsInCjs, banner: { js: `#!/usr/bin/env node\n${pdfjsInCjs.banner.js}` } },
];

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
