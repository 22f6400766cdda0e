import { clipName, plainSpeech, renderSsml } from '../../local/simulator/render';

describe('readable SSML', () => {
  const ssml =
    '<speak><audio src="soundbank://soundlibrary/musical/amzn_sfx_bell_short_chime_02"/> Here is today&apos;s fortune. ' +
    '<break time="500ms"/> <voice name="Matthew">Ship it &amp; see.</voice> <amazon:emotion name="excited" intensity="medium">Great!</amazon:emotion> ' +
    '<say-as interpret-as="characters">AWS</say-as> <sub alias="Kubernetes">K8s</sub> <p>One.</p><s>Two.</s> ' +
    '<audio src="soundbank://soundlibrary/ui/gameshow/amzn_ui_sfx_gameshow_bridge_02"/> Want more?</speak>';

  test('names clips, marks voices, breaks and emotion, reads <sub> as its alias, decodes entities', () => {
    expect(renderSsml(ssml)).toBe(
      "[clip: bell_short_chime_02] Here is today's fortune. … «Matthew: Ship it & see.» (excited: Great!) AWS Kubernetes One. Two. [clip: gameshow_bridge_02] Want more?",
    );
  });

  test('plain speech has no markers', () => {
    expect(plainSpeech(ssml)).toBe("Here is today's fortune. Ship it & see. Great! AWS Kubernetes One. Two. Want more?");
  });

  test('marks inside a word join it: an English part of a German compound, say-as digits', () => {
    const german =
      'als <lang xml:lang="en-US">Docker</lang>-Container, Code <say-as interpret-as="digits">42</say-as>.<break time="1s"/>Ja<audio src="soundbank://x"/>nein';
    expect(plainSpeech(german)).toBe('als Docker-Container, Code 42. Ja nein');
    expect(renderSsml(german)).toContain('Docker-Container');
  });

  test('clip names drop the library prefixes', () => {
    expect(clipName('soundbank://soundlibrary/magic/amzn_sfx_fairy_melodic_chimes_01')).toBe('fairy_melodic_chimes_01');
    expect(clipName('https://example.com/audio/ding.mp3')).toBe('ding');
  });

  test('copes with empty input', () => {
    expect(renderSsml(undefined)).toBe('');
    expect(plainSpeech('')).toBe('');
  });
});
