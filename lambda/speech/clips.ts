/**
 * Signature clips from the Alexa sound library, one per brand moment. Every id must be in
 * content/soundbank-ids.txt (checked by the tests).
 */
export const CLIPS = {
  open: 'soundbank://soundlibrary/magic/amzn_sfx_fairy_melodic_chimes_01',
  reveal: 'soundbank://soundlibrary/musical/amzn_sfx_bell_short_chime_02',
  transition: 'soundbank://soundlibrary/ui/gameshow/amzn_ui_sfx_gameshow_bridge_02',
  goodbye: 'soundbank://soundlibrary/ui/gameshow/amzn_ui_sfx_gameshow_outro_01',
  question: 'soundbank://soundlibrary/ui/gameshow/amzn_ui_sfx_gameshow_intro_01',
  correct: 'soundbank://soundlibrary/ui/gameshow/amzn_ui_sfx_gameshow_positive_response_01',
  wrong: 'soundbank://soundlibrary/ui/gameshow/amzn_ui_sfx_gameshow_negative_response_01',
} as const;

export type ClipName = keyof typeof CLIPS;
