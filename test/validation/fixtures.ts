/** Small valid content and skill-package trees that tests break one rule at a time. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fingerprintFile } from '../../tools/validation/fingerprints';
import { REQUIRED_INTENTS } from '../../tools/validation/models';

/** Loose JSON shapes: tests delete and overwrite fields freely. */
export type Json = Record<string, unknown>;
export type ContentFile = { deck: string; language: string; title: string; items: Json[] };
/** Relative path → parsed JSON, or a string written verbatim (to plant syntax errors). */
export type Tree = Record<string, unknown>;

const DECK_TOPICS: Record<string, [string, string]> = {
  batch: ['batch-computing', 'aws-batch'],
  postmortems: ['postmortems', 'data-driven-postmortems'],
  delivery: ['continuous-delivery', 'cicd-docker'],
  voice: ['voice-design', 'voice-ui-best-practices'],
  fortunes: ['fortunes', 'classic'],
};

/** The deck each fixture deck links across to: never fortunes or voice, which tests delete or break. */
const CROSS_LINKED: Record<string, string> = {
  batch: 'postmortems',
  postmortems: 'batch',
  delivery: 'batch',
  voice: 'delivery',
  fortunes: 'batch',
};

/**
 * Items 0 → 1 → 2 → 0 form a chain and every later item leads to item 0, each with item 1 of another deck
 * second (so related rules hold); renaming or removing a late item leaves links intact.
 */
function deck(deckId: string, language: string, count = 15): ContentFile {
  const [topic, source] = DECK_TOPICS[deckId] ?? ['fortunes', 'classic'];
  const otherDeck = CROSS_LINKED[deckId] ?? 'batch';
  const items = Array.from({ length: count }, (_, i) => ({
    id: `${deckId}-item-${i}`,
    speech:
      language === 'en'
        ? `Tip ${i} runs fine on AWS. Keep your CI/CD pipeline green.`
        : `Tipp ${i} läuft gut auf AWS. Halte die CI/CD-Pipeline grün.`,
    card: `Card ${i}.`,
    topics: [topic],
    related: [`${deckId}-item-${i < 2 ? i + 1 : 0}`, `${otherDeck}-item-1`],
    source,
  }));
  return { deck: deckId, language, title: `${deckId} tips`, items };
}

function questions(language: string, count = 30): ContentFile {
  const items = Array.from({ length: count }, (_, i) => ({
    id: `question-number-${i}`,
    question: language === 'en' ? `Is this question number ${i}?` : `Ist das Frage Nummer ${i}?`,
    answer: { id: 'yes', spoken: language === 'en' ? 'yes' : 'ja', synonyms: language === 'en' ? ['yes', 'yeah'] : ['ja', 'jawohl'] },
    explanation: language === 'en' ? 'It is.' : 'Ist sie.',
    topics: ['fortunes'],
    source: 'classic',
  }));
  return { deck: 'questions', language, title: 'daily questions', items };
}

/** Stand-in source notes (invented for the tests): the fixture tree's fingerprints are made from them. */
export const FIXTURE_NOTES = 'The lighthouse keeper counts every single wave twice before breakfast, even on rainy Sundays.';

export function validContent(): Tree {
  const tree: Tree = { 'notes-fingerprints.txt': fingerprintFile([{ name: 'fixture-notes.txt', text: FIXTURE_NOTES }]) };
  for (const language of ['en', 'de']) {
    for (const deckId of Object.keys(DECK_TOPICS)) tree[`${language}/${deckId}.json`] = deck(deckId, language);
    tree[`${language}/questions.json`] = questions(language);
    tree[`${language}/pronunciations.json`] = { AWS: { sayAs: 'characters' }, 'CI/CD': { sub: 'C I C D' } };
  }
  return tree;
}

/** The content file at `file` in a tree from validContent(), typed for editing. */
export function contentFile(tree: Tree, file: string): ContentFile {
  const value = tree[file];
  if (value === undefined || typeof value === 'string') throw new Error(`fixture has no ${file}`);
  return value as ContentFile;
}

/** The item at `index` of a content file, typed for editing. */
export function item(tree: Tree, file: string, index: number): Json {
  const found = contentFile(tree, file).items[index];
  if (found === undefined) throw new Error(`fixture ${file} has no item ${index}`);
  return found;
}

const builtIns = REQUIRED_INTENTS.filter((name) => name.startsWith('AMAZON.')).map((name) => ({ name, samples: [] }));

function model(locale: string): Json {
  const german = locale === 'de-DE';
  const intents = [
    { name: 'GetFortuneIntent', samples: german ? ['nach meinem spruch', 'meinem spruch'] : ['my fortune', 'tell me my fortune'] },
    {
      name: 'GetTipIntent',
      slots: [{ name: 'topic', type: 'TopicType' }],
      samples: german ? ['einem tipp über {topic}', 'tipp zu {topic}'] : ['a tip about {topic}', 'a {topic} tip'],
    },
    { name: 'DailyQuestionIntent', samples: german ? ['der frage des tages'] : ["today's question"] },
    {
      name: 'AnswerIntent',
      slots: [
        { name: 'answer', type: 'QuizAnswerType' },
        { name: 'count', type: 'AMAZON.NUMBER' },
      ],
      samples: german ? ['die antwort ist {answer}', 'es sind {count}'] : ['the answer is {answer}', 'it is {count}'],
    },
    { name: 'QuizGiveUpIntent', samples: german ? ['ich gebe auf', 'keine ahnung'] : ['i give up', "i don't know"] },
    { name: 'NextQuestionIntent', samples: german ? ['nächste frage'] : ['next question'] },
    { name: 'ContinueIntent', samples: german ? ['mach weiter'] : ['continue', 'keep going'] },
    ...builtIns,
  ];
  const types = [
    {
      name: 'TopicType',
      values: [
        {
          id: 'postmortems',
          name: { value: german ? 'nachbetrachtungen' : 'postmortems', synonyms: german ? ['postmortems'] : ['post mortems'] },
        },
        { id: 'batch-computing', name: { value: german ? 'batchverarbeitung' : 'batch computing' } },
      ],
    },
    { name: 'QuizAnswerType', values: [{ id: 'yes', name: { value: german ? 'ja' : 'yes', synonyms: german ? ['jawohl'] : ['yeah'] } }] },
  ];
  return { interactionModel: { languageModel: { invocationName: german ? 'glückskeks' : 'fortune cookie', intents, types } } };
}

export function validSkillPackage(): Tree {
  const english = [
    'Alexa, open fortune cookie',
    'Alexa, ask fortune cookie for a tip about postmortems',
    'Alexa, ask fortune cookie for my fortune',
  ];
  const german = [
    'Alexa, öffne Glückskeks',
    'Alexa, frag Glückskeks nach einem Tipp über Nachbetrachtungen',
    'Alexa, frag Glückskeks nach meinem Spruch',
  ];
  return {
    'skill.json': {
      manifest: {
        publishingInformation: {
          locales: {
            'en-US': { name: 'Fortune Cookie', examplePhrases: [...english] },
            'en-GB': { name: 'Fortune Cookie', examplePhrases: [...english] },
            'de-DE': { name: 'Glückskeks', examplePhrases: [...german] },
            'en-AU': { name: 'Fortune Cookie', examplePhrases: [...english] },
            'en-CA': { name: 'Fortune Cookie', examplePhrases: [...english] },
            'en-IN': { name: 'Fortune Cookie', examplePhrases: [...english] },
          },
        },
        events: { subscriptions: [{ eventName: 'SKILL_DISABLED' }], endpoint: { uri: 'arn:aws:lambda:eu-west-1:123:function:x' } },
      },
    },
    'interactionModels/custom/en-US.json': model('en-US'),
    'interactionModels/custom/en-GB.json': model('en-GB'),
    'interactionModels/custom/de-DE.json': model('de-DE'),
    'interactionModels/custom/en-AU.json': model('en-AU'),
    'interactionModels/custom/en-CA.json': model('en-CA'),
    'interactionModels/custom/en-IN.json': model('en-IN'),
  };
}

/** The language model of a locale in a tree from validSkillPackage(), typed for editing. */
export function languageModel(tree: Tree, locale: string): { invocationName: string; intents: Json[]; types: Json[] } {
  const file = tree[`interactionModels/custom/${locale}.json`] as { interactionModel: { languageModel: never } };
  return file.interactionModel.languageModel;
}

export function intent(tree: Tree, locale: string, name: string): { name: string; samples: string[]; slots?: Json[] } {
  const found = languageModel(tree, locale).intents.find((i) => i.name === name);
  if (found === undefined) throw new Error(`fixture has no ${name}`);
  return found as { name: string; samples: string[]; slots?: Json[] };
}

export function examplePhrases(tree: Tree, locale: string): string[] {
  const skill = tree['skill.json'] as { manifest: { publishingInformation: { locales: Record<string, { examplePhrases: string[] }> } } };
  const info = skill.manifest.publishingInformation.locales[locale];
  if (info === undefined) throw new Error(`fixture has no ${locale}`);
  return info.examplePhrases;
}

const created: string[] = [];

/** Writes the tree under a fresh temp dir as `<tmp>/<rootName>/…` and returns that root. */
export function writeTree(rootName: string, tree: Tree): string {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'fortune-validation-'));
  created.push(base);
  const root = path.join(base, rootName);
  for (const [relative, value] of Object.entries(tree)) {
    const file = path.join(root, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  }
  return root;
}

export function removeTrees(): void {
  for (const dir of created.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}
