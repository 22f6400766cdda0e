import { type LanguageModel, StaticModels } from '../../local/simulator/model';
import { FALLBACK_INTENT, formatExplanation, Nlu, nluFor } from '../../local/simulator/nlu';

const enUS = nluFor('en-US');
const enGB = nluFor('en-GB');
const deDE = nluFor('de-DE');

describe('NLU from the interaction models', () => {
  test('resolves a custom slot value to its id (ER_SUCCESS_MATCH)', () => {
    const result = enUS.match('a tip about postmortems');
    expect(result.intent).toBe('GetTipIntent');
    expect(result.slots.topic).toEqual({
      name: 'topic',
      type: 'TopicType',
      value: 'postmortems',
      resolution: { status: 'ER_SUCCESS_MATCH', values: [{ id: 'postmortems', name: 'postmortems', synonym: undefined }] },
    });
  });

  test.each([
    ['a tip about incident reviews', 'incident reviews', 'postmortems'],
    ['a tip about CI/CD', 'ci cd', 'continuous-delivery'],
    ['a tip about c. i. c. d.', 'cicd', 'continuous-delivery'],
    ['a docker tip', 'docker', 'containers'],
    ['tell me about Alexa skills', 'alexa skills', 'voice-design'],
    ['tips on a.w.s. batch', 'aws batch', 'batch-computing'],
    ['tell me something about fortune cookies', 'fortune cookies', 'fortunes'],
  ])('"%s": synonym "%s" resolves to %s', (utterance, value, id) => {
    const slot = enUS.match(utterance).slots.topic!;
    expect(slot.value).toBe(value);
    expect(slot.resolution?.status).toBe('ER_SUCCESS_MATCH');
    expect(slot.resolution?.values[0]?.id).toBe(id);
  });

  test('gives the canonical name in the resolution, and the words said as the value', () => {
    const slot = enUS.match('a tip about incident reviews').slots.topic!;
    expect(slot.resolution?.values[0]).toEqual({ id: 'postmortems', name: 'postmortems', synonym: 'incident reviews' });
  });

  test('an unknown value fills the slot with ER_SUCCESS_NO_MATCH', () => {
    const result = enUS.match('a tip about cooking');
    expect(result.intent).toBe('GetTipIntent');
    expect(result.slots.topic).toMatchObject({ value: 'cooking', resolution: { status: 'ER_SUCCESS_NO_MATCH', values: [] } });
  });

  test('slots the intent defines but the words do not fill are present without a value', () => {
    const result = enUS.match('a tip');
    expect(result.intent).toBe('GetTipIntent');
    expect(result.slots).toEqual({ topic: { name: 'topic', type: 'TopicType' } });
  });

  test('AMAZON.NUMBER takes digits and number words, as digits', () => {
    expect(enUS.match('the answer is 42')).toMatchObject({ intent: 'AnswerIntent', slots: { number: { value: '42' } } });
    expect(enUS.match('I guess twenty two')).toMatchObject({ intent: 'AnswerIntent', slots: { number: { value: '22' } } });
    expect(deDE.match('die antwort ist zweiundvierzig')).toMatchObject({ intent: 'AnswerIntent', slots: { number: { value: '42' } } });
  });

  test('a custom value beats a number for the same words when it comes first in the model ("zero" is the answer value 0)', () => {
    const result = enUS.match('the answer is zero');
    expect(result.intent).toBe('AnswerIntent');
    expect(result.slots.answer?.resolution?.values[0]?.id).toBe('0');
    const german = deDE.match('die antwort ist einundzwanzig');
    expect(german.slots.answer?.resolution?.values[0]?.id).toBe('21');
  });

  test('a known value beats an unknown one: digits go to the NUMBER slot', () => {
    const result = enUS.match("I think it's 63");
    expect(result.slots.number?.value).toBe('63');
    expect(result.slots.answer?.value).toBeUndefined();
  });

  test('normalises case, punctuation, apostrophes and umlauts', () => {
    expect(enUS.match("Today's fortune!").intent).toBe('GetFortuneIntent');
    expect(enUS.match('todays fortune').intent).toBe('GetFortuneIntent');
    expect(enUS.match('today’s fortune').intent).toBe('GetFortuneIntent');
    expect(enUS.match('WHAT’S MY FORTUNE?').sample).toBe("what's my fortune");
    expect(deDE.match('Gib mir einen Glückskeks.').intent).toBe('GetFortuneIntent');
    expect(deDE.match('gib mir einen glueckskeks').intent).toBe('GetFortuneIntent');
    expect(deDE.match('gib mir einen gluckskeks').intent).toBe('GetFortuneIntent');
    expect(deDE.match('einem tipp über störungsanalysen').slots.topic?.resolution?.values[0]?.id).toBe('postmortems');
    expect(deDE.match('einem tipp ueber stoerungsanalysen').slots.topic?.resolution?.values[0]?.id).toBe('postmortems');
  });

  test('anything else goes to AMAZON.FallbackIntent', () => {
    for (const words of ['what is the weather', 'play some music', 'banana']) {
      const result = enUS.match(words);
      expect(result.intent).toBe(FALLBACK_INTENT);
      expect(result.source).toBe('fallback');
    }
    expect(deDE.match('wie wird das wetter').intent).toBe(FALLBACK_INTENT);
  });

  test('a bare unknown slot value is not enough to match (it would swallow every utterance)', () => {
    expect(enUS.match('quantum flux').intent).toBe(FALLBACK_INTENT);
  });

  describe('built-in intents', () => {
    test.each([
      ['help', 'AMAZON.HelpIntent'],
      ['what can I say', 'AMAZON.HelpIntent'],
      ['stop', 'AMAZON.StopIntent'],
      ['shut up', 'AMAZON.StopIntent'],
      ['cancel', 'AMAZON.CancelIntent'],
      ['never mind', 'AMAZON.CancelIntent'],
      ['repeat', 'AMAZON.RepeatIntent'],
      ['say that again', 'AMAZON.RepeatIntent'],
      ['yes', 'AMAZON.YesIntent'],
      ['sure', 'AMAZON.YesIntent'],
      ['no', 'AMAZON.NoIntent'],
      ['no thanks', 'AMAZON.NoIntent'],
      ['next', 'AMAZON.NextIntent'],
      ['skip', 'AMAZON.NextIntent'],
      ['previous', 'AMAZON.PreviousIntent'],
      ['go back', 'AMAZON.PreviousIntent'],
      ['start over', 'AMAZON.StartOverIntent'],
      ['resume', 'AMAZON.ResumeIntent'],
      ['go home', 'AMAZON.NavigateHomeIntent'],
    ])('en "%s" is %s', (words, intent) => {
      expect(enUS.match(words).intent).toBe(intent);
      expect(enGB.match(words).intent).toBe(intent);
    });

    test.each([
      ['hilfe', 'AMAZON.HelpIntent'],
      ['was kann ich sagen', 'AMAZON.HelpIntent'],
      ['stopp', 'AMAZON.StopIntent'],
      ['hör auf', 'AMAZON.StopIntent'],
      ['abbrechen', 'AMAZON.CancelIntent'],
      ['wiederholen', 'AMAZON.RepeatIntent'],
      ['ja', 'AMAZON.YesIntent'],
      ['ja gerne', 'AMAZON.YesIntent'],
      ['nein', 'AMAZON.NoIntent'],
      ['nein danke', 'AMAZON.NoIntent'],
      ['nächster', 'AMAZON.NextIntent'],
      ['zurück', 'AMAZON.PreviousIntent'],
      ['von vorne', 'AMAZON.StartOverIntent'],
      ['fortsetzen', 'AMAZON.ResumeIntent'],
      ['startseite', 'AMAZON.NavigateHomeIntent'],
    ])('de "%s" is %s', (words, intent) => {
      expect(deDE.match(words).intent).toBe(intent);
    });

    test("the model's extra samples on built-in intents match too", () => {
      expect(enUS.match('one more time')).toMatchObject({ intent: 'AMAZON.RepeatIntent', source: 'model' });
      expect(enUS.match('next tip')).toMatchObject({ intent: 'AMAZON.NextIntent', source: 'model' });
      expect(deDE.match('geh zurück')).toMatchObject({ intent: 'AMAZON.PreviousIntent', source: 'model' });
    });

    test('a sample in the model beats the built-in phrasing of the same words ("continue", "weiter")', () => {
      const result = enUS.match('continue');
      expect(result).toMatchObject({ intent: 'ContinueIntent', source: 'model' });
      expect(result.considered[1]?.intent).toBe('AMAZON.ResumeIntent');
      expect(result.reason).toMatch(/sample in the model beats the built-in phrasing/);
      expect(deDE.match('weiter').intent).toBe('ContinueIntent');
    });

    test('an exact built-in phrasing beats a slot match ("yes" is also an answer value)', () => {
      const result = enUS.match('yes');
      expect(result.intent).toBe('AMAZON.YesIntent');
      expect(result.considered.map((c) => c.intent).slice(0, 2)).toEqual(['AMAZON.YesIntent', 'AnswerIntent']);
      expect(result.reason).toMatch(/exact sample match .* beats a sample match with every slot value understood/);
    });

    test('built-in phrasings only apply to built-in intents the model declares', () => {
      const model: LanguageModel = { invocationName: 'x', intents: [{ name: 'HelloIntent', samples: ['hello'] }] };
      const nlu = new Nlu('en-US', model);
      expect(nlu.match('help').intent).toBe(FALLBACK_INTENT);
      expect(nlu.match('hello').intent).toBe('HelloIntent');
    });
  });

  test('ignores a polite "please" at either end, but prefers the words as said', () => {
    expect(enUS.match('give me a tip please')).toMatchObject({ intent: 'GetTipIntent', score: 0.98 });
    expect(enUS.match('repeat that please')).toMatchObject({ intent: 'AMAZON.RepeatIntent', sample: 'repeat that please', score: 1 });
  });

  describe('scoring', () => {
    const model: LanguageModel = {
      invocationName: 'test',
      intents: [
        { name: 'ColorIntent', slots: [{ name: 'color', type: 'ColorType' }], samples: ['{color}', 'paint it {color}', 'I like {color}'] },
        { name: 'RedIntent', samples: ['paint it red'] },
        { name: 'LikeIntent', slots: [{ name: 'thing', type: 'ColorType' }], samples: ['I like the {thing}'] },
        { name: 'AMAZON.FallbackIntent', samples: [] },
      ],
      types: [
        {
          name: 'ColorType',
          values: [
            { id: 'RED', name: { value: 'red', synonyms: ['crimson', 'the red'] } },
            { id: 'DARK_BLUE', name: { value: 'dark blue' } },
          ],
        },
      ],
    };
    const nlu = new Nlu('en-US', model);

    test('an exact sample match beats a slot match', () => {
      const result = nlu.match('paint it red');
      expect(result.intent).toBe('RedIntent');
      expect(result.considered[1]?.best).toMatchObject({ intent: 'ColorIntent', tier: 2 });
    });

    test('fewer slot words beat more', () => {
      // Both fit with known values: "I like the {thing}" (thing = "red") and "I like {color}" (color = "the red").
      const result = nlu.match('I like the red');
      expect(result.intent).toBe('LikeIntent');
      expect(result.considered[1]?.best).toMatchObject({ intent: 'ColorIntent', tier: 2, slotWords: 2 });
      expect(result.reason).toMatch(/fewer slot words \(1 vs 2\)/);
      expect(nlu.match('I like dark blue')).toMatchObject({ intent: 'ColorIntent', slots: { color: { value: 'dark blue' } } });
    });

    test('a resolved value beats an unresolved one', () => {
      const result = nlu.match('I like the green');
      expect(result).toMatchObject({ intent: 'LikeIntent', slots: { thing: { resolution: { status: 'ER_SUCCESS_NO_MATCH' } } } });
    });

    test('--explain lists the intents considered with scores and why the winner won', () => {
      const text = formatExplanation(nlu.match('paint it crimson'));
      expect(text).toContain('nlu (en-US): "paint it crimson"');
      expect(text).toMatch(/ColorIntent\s+0\.\d\d\s+"paint it \{color\}" \[slots\]\s+color="crimson" -> RED \(ER_SUCCESS_MATCH\)/);
      expect(text).toMatch(/RedIntent\s+-\s+no sample fits; closest "paint it red"/);
      expect(text).toMatch(/winner: ColorIntent \(0\.\d\d\): .*no other intent has a sample that fits/);
    });
  });

  test('one-shot readings: the best reading wins, earlier readings on ties', () => {
    // Exact matching only: the first reading fits no sample (the generalising tier would take it too).
    const strict = new Nlu('en-US', enUS.model, { strict: true });
    const result = strict.matchReadings(['for a tip about docker', 'a tip about docker']);
    expect(result.intent).toBe('GetTipIntent');
    expect(result.readings).toEqual([
      { phrase: 'for a tip about docker', intent: FALLBACK_INTENT, score: 0 },
      { phrase: 'a tip about docker', intent: 'GetTipIntent', score: expect.any(Number) },
    ]);
  });

  test('works from models handed in as objects (for a page)', () => {
    const models = new StaticModels({ 'en-US': { invocationName: 'x', intents: [{ name: 'A', samples: ['alpha'] }] } });
    expect(nluFor('en-US', models).match('alpha').intent).toBe('A');
    expect(nluFor('en-US').match('alpha').intent).toBe(FALLBACK_INTENT);
  });
});
