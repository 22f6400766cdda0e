import path from 'node:path';
import { formatProblem, REQUIRED_INTENTS, validateModels } from '../../tools/validation/models';
import { examplePhrases, intent, languageModel, removeTrees, type Tree, validSkillPackage, writeTree } from './fixtures';

const repoRoot = path.resolve(__dirname, '../..');
const validate = (tree: Tree) => validateModels(writeTree('skill-package', tree));
const EN_US = 'skill-package/interactionModels/custom/en-US.json';
const SKILL = 'skill-package/skill.json';

afterAll(removeTrees);

describe('validateModels: interaction models', () => {
  test('accepts a valid skill package', () => {
    expect(validate(validSkillPackage()).map(formatProblem)).toEqual([]);
  });

  test('reports a JSON syntax error by file instead of crashing', () => {
    const tree = validSkillPackage();
    tree['interactionModels/custom/en-GB.json'] = '{ "interactionModel": ';
    expect(validate(tree)).toEqual([
      { file: 'skill-package/interactionModels/custom/en-GB.json', message: expect.stringContaining('invalid JSON') },
    ]);
  });

  test('reports a sample shared by two intents, ignoring case and spacing', () => {
    const tree = validSkillPackage();
    intent(tree, 'en-US', 'ContinueIntent').samples.push('My   Fortune');
    expect(validate(tree)).toEqual([
      { file: EN_US, itemId: 'ContinueIntent', field: 'samples', message: '"My   Fortune" is also a sample of GetFortuneIntent' },
    ]);
  });

  test('reports a sample that uses an undeclared slot', () => {
    const tree = validSkillPackage();
    intent(tree, 'en-US', 'GetFortuneIntent').samples.push('my fortune for {day}');
    expect(validate(tree)).toEqual([
      {
        file: EN_US,
        itemId: 'GetFortuneIntent',
        field: 'samples',
        message: '"my fortune for {day}" uses {day}, which is not a slot of GetFortuneIntent',
      },
    ]);
  });

  test('reports a slot type that is neither built in nor defined', () => {
    const tree = validSkillPackage();
    intent(tree, 'en-US', 'GetTipIntent').slots?.push({ name: 'day', type: 'DayType' });
    expect(validate(tree)).toEqual([
      {
        file: EN_US,
        itemId: 'GetTipIntent',
        field: 'slots',
        message: 'slot "day" has type DayType, which is neither AMAZON.* nor defined in types',
      },
    ]);
  });

  test('reports a custom value without id or name, and a repeated value or synonym', () => {
    const tree = validSkillPackage();
    const topics = languageModel(tree, 'en-US').types[0] as { values: unknown[] };
    topics.values.push({ name: { value: 'containers' } }, { id: 'metrics' }, { id: 'postmortem', name: { value: 'Post  Mortems' } });
    expect(validate(tree).map(formatProblem)).toEqual([
      `${EN_US} › TopicType › values[2].id: is required`,
      `${EN_US} › TopicType › values[3].name.value: is required`,
      `${EN_US} › TopicType › values[4]: "post mortems" appears twice (also in postmortems)`,
    ]);
  });

  test('reports every intent the lambda needs that a model lacks', () => {
    expect(REQUIRED_INTENTS).toContain('AMAZON.ResumeIntent');
    const tree = validSkillPackage();
    const model = languageModel(tree, 'de-DE');
    model.intents = model.intents.filter((i) => i.name !== 'AMAZON.ResumeIntent');
    expect(validate(tree)).toEqual([
      {
        file: 'skill-package/interactionModels/custom/de-DE.json',
        itemId: 'AMAZON.ResumeIntent',
        message: 'intent is missing (the skill handles it)',
      },
    ]);
  });
});

describe('validateModels: skill.json', () => {
  test('reports an example phrase that no sample covers', () => {
    const tree = validSkillPackage();
    examplePhrases(tree, 'en-US')[2] = 'Alexa, ask fortune cookie for a joke';
    expect(validate(tree)).toEqual([
      {
        file: SKILL,
        itemId: 'en-US',
        field: 'examplePhrases[2]',
        message: '"Alexa, ask fortune cookie for a joke" is not covered: "a joke" matches no sample of the en-US model',
      },
    ]);
  });

  test('matches custom slots against their values and synonyms only, numbers against number words', () => {
    const tree = validSkillPackage();
    const phrases = examplePhrases(tree, 'en-GB');
    phrases[1] = 'Alexa, ask fortune cookie for a post mortems tip.';
    phrases[2] = 'Alexa, tell fortune cookie it is twenty one';
    expect(validate(tree)).toEqual([]);
    phrases[1] = 'Alexa, ask fortune cookie for a tip about cooking';
    expect(validate(tree).map((p) => p.message)).toEqual([expect.stringContaining('"a tip about cooking" matches no sample')]);
  });

  test('strips German launch and connecting words', () => {
    const tree = validSkillPackage();
    const phrases = examplePhrases(tree, 'de-DE');
    phrases[1] = 'Alexa, sag Glückskeks, mach weiter';
    phrases[2] = 'Alexa, frag Glückskeks nach einem Witz';
    expect(validate(tree).map(formatProblem)).toEqual([
      `${SKILL} › de-DE › examplePhrases[2]: "Alexa, frag Glückskeks nach einem Witz" is not covered: "einem witz" matches no sample of the de-DE model`,
    ]);
  });

  test('reports a phrase that does not launch the skill', () => {
    const tree = validSkillPackage();
    examplePhrases(tree, 'en-US')[1] = 'Alexa, what is my fortune';
    expect(validate(tree).map((p) => p.message)).toEqual([
      '"Alexa, what is my fortune" is not covered: does not start with a launch phrase and the invocation name "fortune cookie"',
    ]);
  });

  test('checks the first phrase, placeholders, locales and the SKILL_DISABLED event', () => {
    const tree = validSkillPackage();
    const skill = tree['skill.json'] as { manifest: { publishingInformation: { locales: Record<string, unknown> }; events: unknown } };
    delete skill.manifest.publishingInformation.locales['en-GB'];
    skill.manifest.events = { subscriptions: [{ eventName: 'SKILL_ENABLED' }] };
    const phrases = examplePhrases(tree, 'en-US');
    phrases[0] = 'open fortune cookie';
    phrases[1] = 'Alexa, ask fortune cookie for a tip about {topic}';
    examplePhrases(tree, 'de-DE')[0] = 'Alexa, öffne Keksdose';
    expect(validate(tree).map(formatProblem)).toEqual([
      `${SKILL} › events.subscriptions: must include SKILL_DISABLED (delete user data when the skill is disabled)`,
      `${SKILL} › en-US › examplePhrases[0]: "open fortune cookie" must include "Alexa"`,
      `${SKILL} › en-US › examplePhrases[1]: "Alexa, ask fortune cookie for a tip about {topic}" must not contain {slot} placeholders`,
      `${SKILL} › en-US › examplePhrases[1]: "Alexa, ask fortune cookie for a tip about {topic}" is not covered: "a tip about {topic}" matches no sample of the en-US model`,
      `${SKILL} › en-GB › publishingInformation: locale is missing`,
      `${SKILL} › de-DE › examplePhrases[0]: "Alexa, öffne Keksdose" must include the invocation name "glückskeks"`,
      `${SKILL} › de-DE › examplePhrases[0]: "Alexa, öffne Keksdose" is not covered: does not start with a launch phrase and the invocation name "glückskeks"`,
    ]);
  });
});

describe('the repository skill package', () => {
  test('has no problems', () => {
    expect(validateModels(path.join(repoRoot, 'skill-package')).map(formatProblem)).toEqual([]);
  });
});
