/**
 * `npx tsx scripts/related-report.ts [content-dir]`: the related-link figures of docs/content.md, per
 * language (tools/validation/relatedRules.ts). Reads the JSON files directly, so it also measures an
 * older tree (a checkout of another commit) that the current validator would reject.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DECK_IDS } from '../lambda/content/types';
import { LANGUAGES } from '../lambda/locale';
import { QUESTIONS_FILE } from '../tools/validation/contentRules';
import { type LinkedCatalog, type LinkedItem, relatedStats } from '../tools/validation/relatedRules';

const root = path.resolve(process.argv[2] ?? path.join(__dirname, '..', 'content'));

function readCatalog(language: string): LinkedCatalog {
  const catalog = new Map<string, { file: string; items: LinkedItem[] }>();
  for (const name of [...DECK_IDS, QUESTIONS_FILE]) {
    const file = path.join(root, language, `${name}.json`);
    const doc = JSON.parse(fs.readFileSync(file, 'utf8')) as { items: { id: string; related?: string[]; source?: string }[] };
    catalog.set(name, { file, items: doc.items.map((item) => ({ id: item.id, related: item.related ?? [], source: item.source })) });
  }
  return catalog;
}

const percent = (part: number, whole: number) => `${whole === 0 ? 0 : Math.round((100 * part) / whole)} %`;

for (const language of LANGUAGES) {
  const s = relatedStats(readCatalog(language));
  console.log(
    [
      `${language}: ${s.items} items (${s.deckItems} deck items, ${s.items - s.deckItems} questions)`,
      `  fewer than 2 related: ${s.fewerThanMin} deck items, ${s.questionsFewerThanMin} questions`,
      `  first link is a 2-cycle (its first link is the item): ${s.firstLinkTwoCycles}`,
      `  first link lists the item anywhere: ${s.firstLinkLinksBack}`,
      `  deck items linking another deck: ${s.withCrossDeck} of ${s.deckItems} (${percent(s.withCrossDeck, s.deckItems)})`,
      `  cross-deck links: ${s.crossDeckLinks} of ${s.links} (${percent(s.crossDeckLinks, s.links)})`,
      `  talk fortunes linking their tip deck: ${s.fortunesToTheirTip} of ${s.talkFortunes}`,
    ].join('\n'),
  );
}
