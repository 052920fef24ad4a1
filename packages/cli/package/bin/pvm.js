#!/usr/bin/env node
// The installed `pvm` command. A Node older than package.json's engines gets one line here, not
// the bundle's failed import of a newer builtin with a stack trace; otherwise the bundle runs.
import { readFileSync } from 'fs'; // not 'node:fs': this file must load on the old Node it refuses

const EXIT_SOFTWARE = 70;
const engines = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).engines.node;
const need = /^>=(\d+)\.(\d+)(?:\.(\d+))?$/.exec(engines).slice(1).map((n) => Number(n || 0));
const have = process.versions.node.split('.').map(Number);
const i = need.findIndex((n, k) => n !== have[k]);
if (i >= 0 && have[i] < need[i]) {
  process.stderr.write(`pvm: needs Node.js ${need.join('.')} or later; this is Node.js ${process.versions.node}\n`);
  process.exit(EXIT_SOFTWARE);
}
import('../dist/pvm.js').catch((e) => {
  process.stderr.write(`pvm: cannot start (${String(e && e.message).split('\n')[0]}); reinstall pvm\n`);
  process.exit(EXIT_SOFTWARE);
});
