/**
 * `npm run fingerprints [notes-folder]`: rewrites content/notes-fingerprints.txt from the source notes
 * (default ../shared/source-notes beside the repository). A maintenance script, run when the notes change:
 * only the hashes are committed, so `npm run validate` can check our own words without the notes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fingerprintFile } from '../tools/validation/fingerprints';

const root = path.resolve(__dirname, '..');
const notesDir = path.resolve(process.argv[2] ?? path.join(root, '..', 'shared', 'source-notes'));
const output = path.join(root, 'content', 'notes-fingerprints.txt');

let names: string[];
try {
  names = fs
    .readdirSync(notesDir)
    .filter((name) => /\.(txt|md)$/i.test(name))
    .sort();
} catch (error) {
  console.error(`Cannot read the notes folder ${notesDir}: ${(error as Error).message}`);
  process.exit(1);
}
if (names.length === 0) {
  console.error(`No .txt or .md notes in ${notesDir}; ${path.relative(root, output)} left unchanged.`);
  process.exit(1);
}
const notes = names.map((name) => ({ name, text: fs.readFileSync(path.join(notesDir, name), 'utf8') }));
const text = fingerprintFile(notes);
fs.writeFileSync(output, text);
console.log(
  `${path.relative(root, output)}: ${text.split('\n').filter((l) => /^[0-9a-f]+$/.test(l)).length} fingerprints from ${names.length} note file(s) in ${notesDir}`,
);
