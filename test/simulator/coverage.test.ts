import { analyseShadowing, CoverageTracker, formatCoverage, sampleTexts } from '../../local/simulator/coverage';
import { type LanguageModel, StaticModels } from '../../local/simulator/model';
import { Nlu } from '../../local/simulator/nlu';
import { Conversation, type SkillLike } from '../../local/simulator/session';

const model: LanguageModel = {
  invocationName: 'color game',
  intents: [
    {
      name: 'PaintIntent',
      slots: [{ name: 'color', type: 'ColorType' }],
      samples: ['paint it {color}', 'paint it red', 'make it {color}'],
    },
    // "paint it red" is also a PaintIntent sample, which comes first: RedIntent can never win it.
    { name: 'RedIntent', samples: ['paint it red', 'red please'] },
    { name: 'AnyIntent', slots: [{ name: 'color', type: 'ColorType' }], samples: ['{color}', 'make it {color}'] },
    { name: 'AMAZON.YesIntent', samples: [] },
    { name: 'AMAZON.FallbackIntent', samples: [] },
  ],
  types: [
    {
      name: 'ColorType',
      values: [
        { id: 'RED', name: { value: 'red' } },
        { id: 'YES', name: { value: 'yes' } },
      ],
    },
  ],
};

describe('shadowed samples', () => {
  const nlu = new Nlu('en-US', model);
  const analysis = analyseShadowing(nlu);

  test('flags a sample whose own words always go to another intent', () => {
    expect(analysis.shadowed).toEqual([
      { intent: 'RedIntent', sample: 'paint it red', tried: ['paint it red'], wonBy: { intent: 'PaintIntent', sample: 'paint it red' } },
      {
        intent: 'AnyIntent',
        sample: 'make it {color}',
        tried: ['make it red', 'make it yes'],
        wonBy: { intent: 'PaintIntent', sample: 'make it {color}' },
      },
    ]);
  });

  test('reports duplicates within an intent, and slot values another intent takes', () => {
    expect(analysis.duplicates).toEqual([]);
    expect(analysis.valueConflicts).toEqual(
      expect.arrayContaining([
        { intent: 'AnyIntent', sample: '{color}', text: 'yes', wonBy: { intent: 'AMAZON.YesIntent', sample: 'yes' } },
      ]),
    );
    // "paint it {color}" with "red" goes to the exact sample "paint it red" of the same intent: no conflict.
    expect(analysis.valueConflicts.find((c) => c.sample === 'paint it {color}')).toBeUndefined();
  });

  test('fills slots with every value of the type', () => {
    expect(sampleTexts(nlu, 'PaintIntent', 'paint it {color}')).toEqual(['paint it red', 'paint it yes']);
  });

  test('the project models have no shadowed samples', () => {
    const report = new CoverageTracker().report();
    for (const locale of report.locales)
      expect({ locale: locale.locale, shadowed: locale.shadowed }).toEqual({ locale: locale.locale, shadowed: [] });
  });
});

describe('coverage', () => {
  test('counts intents, samples and slot values exercised per locale', async () => {
    const models = new StaticModels({ 'en-US': model });
    const tracker = new CoverageTracker(models);
    const skill: SkillLike = {
      invoke: async () => ({
        version: '1.0',
        response: { shouldEndSession: false, outputSpeech: { type: 'SSML', ssml: '<speak>Ok?</speak>' } },
      }),
    };
    const conversation = new Conversation({ skill, models });
    for (const words of ['open color game', 'paint it red', 'red please', 'make it yes', 'something else'])
      tracker.record(await conversation.say(words));
    const [report] = tracker.report().locales;
    expect(report!.intents).toMatchObject({ total: 5, exercised: 3 });
    expect(report!.intents.list.find((i) => i.name === 'PaintIntent')).toMatchObject({
      hits: 2,
      samples: { total: 3, exercised: 2, unexercised: ['paint it {color}'] },
    });
    expect(report!.samples).toEqual({ total: 7, exercised: 3, percent: 42.9 });
    expect(report!.slotValues).toMatchObject({
      total: 2,
      exercised: 1,
      percent: 50,
      types: [{ type: 'ColorType', hits: { YES: 1 }, unexercised: ['RED'] }],
    });
    expect(report!.requests).toEqual({ LaunchRequest: 1, IntentRequest: 4 });
    const text = formatCoverage(tracker.report());
    expect(text).toContain('en-US: intents 3/5 (60%) · samples 3/7 (42.9%) · slot values 1/2 (50%)');
    expect(text).toContain('RedIntent "paint it red" -> goes to PaintIntent ("paint it red")');
  });
});
