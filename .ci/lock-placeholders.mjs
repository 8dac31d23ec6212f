// Usage: node .ci/lock-placeholders.mjs BEFORE.json AFTER.json
//
// Succeeds when AFTER differs from BEFORE only by added placeholder entries (`{ "optional": true }`
// under `packages`), the entries npm 11.13 writes for optional dependencies the registry does not
// have. Any other difference means the lock file was out of sync with package.json, which CI must
// not repair. Plain JavaScript: it runs on the machine's Node before `npm ci` installs the project's.
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';

const [beforeFile, afterFile] = process.argv.slice(2);
const before = JSON.parse(readFileSync(beforeFile, 'utf8'));
const after = JSON.parse(readFileSync(afterFile, 'utf8'));
const problems = [];

for (const [key, value] of Object.entries(before)) {
  if (key !== 'packages' && !isDeepStrictEqual(value, after[key])) problems.push(`top-level "${key}" changed`);
}
for (const [path, entry] of Object.entries(before.packages ?? {})) {
  if (!isDeepStrictEqual(entry, after.packages?.[path])) problems.push(`${path || '(root)'} changed or was removed`);
}
const added = Object.keys(after.packages ?? {}).filter((path) => !(path in (before.packages ?? {})));
for (const path of added) {
  if (!isDeepStrictEqual(after.packages[path], { optional: true })) problems.push(`${path} was added`);
}

if (problems.length > 0) {
  console.error('lock-placeholders: package-lock.json is out of sync with package.json:');
  for (const problem of problems) console.error(`  ${problem}`);
  process.exit(1);
}
console.log(`lock-placeholders: ${added.length} placeholder entries added, nothing else changed`);
