/**
 * English phrasings (en-US and en-GB). Every recurring prompt has several phrasings; one is picked per
 * turn and never the same one twice in a row within a session. Plain text: the speech composer escapes
 * it and applies the pronunciation lexicon. Prompts that keep the session open end with a question.
 */
export const en = {
  welcome: {
    first: [
      'Welcome to Fortune Cookie! One short fortune a day, plus tips from the conference floor.',
      'Hello, and welcome to Fortune Cookie! Crack one open each day.',
      'Welcome! This is Fortune Cookie: a fresh fortune every day, and tips when you want them.',
    ],
    back: ['Welcome back!', 'Good to hear you again!', 'Hello again!', 'Back for more? Lovely.'],
  },
  fortune: {
    lead: ["Here is today's fortune.", 'Your cookie cracks open.', "Today's fortune reads:", 'Let us see what the cookie says.'],
  },
  tip: {
    lead: ['Here is a tip about {{title}}.', 'A tip on {{title}}.', 'From the {{title}} notes:', 'On {{title}}:'],
    unknownTopic: [
      "I don't have tips on that yet. Here is one about {{title}} instead.",
      "That topic isn't in my cookies yet, so here is a tip about {{title}}.",
      'No tips on that one yet. Try this one about {{title}}.',
    ],
    empty: [
      'I have no tips on {{title}} right now.',
      'My {{title}} tips are out for a moment.',
      'There are no {{title}} tips to share just now.',
    ],
  },
  offer: {
    general: [
      'Want a tip, or another fortune?',
      'Would you like a tip about postmortems, batch jobs or delivery?',
      'Shall I give you a tip next?',
    ],
    related: [
      'Want a related tip about {{title}}?',
      'Shall I follow that with a tip about {{title}}?',
      'There is a related one about {{title}}. Want it?',
    ],
  },
  help: [
    'I read you a fresh fortune each day and share short tips on batch computing, postmortems, delivery and voice design. Say "my fortune", or "a tip about postmortems". What would you like?',
    'Ask for your fortune, for a tip on a topic like containers or metrics, or say "next" to keep going. Which will it be?',
    'You can say "my fortune", "a tip about voice design", "next", or "say that again". What would you like?',
  ],
  reprompt: [
    'Say "my fortune", or ask for a tip. What would you like?',
    'Would you like your fortune, or a tip?',
    'You can ask for a tip about postmortems, or say "stop". What will it be?',
  ],
  goodbye: ['Goodbye!', 'See you tomorrow for a fresh fortune!', 'Bye for now!', 'Take care, and come back tomorrow!'],
  fallback: [
    "Fortune Cookie can't help with that, but it can read your fortune or give you a tip. Which would you like?",
    "I didn't catch that. You can ask for your fortune or a tip about a topic. What would you like?",
    'Hmm, that is not in my cookies. Try "my fortune" or "a tip about metrics". What would you like?',
  ],
  error: [
    'Sorry, my cookie crumbled. Please try that again.',
    'Oops, something went wrong on my side. Please try again.',
    'Sorry, I had trouble with that one. Could you try again?',
  ],
  errorOpen: [
    'Sorry, my cookie crumbled. What would you like to do?',
    'Oops, something went wrong on my side. Would you like your fortune instead?',
    'Sorry, I had trouble with that one. Want to try something else?',
  ],
  repeat: {
    empty: [
      "I haven't told you anything yet. Want today's fortune?",
      'There is nothing to repeat yet. Shall I read your fortune?',
      "Nothing said so far! Would you like today's fortune?",
    ],
  },
  series: {
    wrapped: [
      "You've heard every tip in this series. Starting again from the top.",
      'That was the whole series! Back to the first one.',
      'You have been through them all. Here is the first again.',
    ],
    atStart: ['That is the first one in this series.', 'We are already at the beginning.', 'There is nothing before this one.'],
    nothing: [
      'There is no series to step through yet. Want a tip?',
      'Ask for a tip first, then say "next". Want one now?',
      "Let's start with a tip. Would you like one?",
    ],
  },
  no: ['Alright.', 'No problem.', 'Okay.'],
  quiz: {
    lead: ["Here is today's question.", 'Question of the day!', 'Ready? Today’s question:'],
    prompt: ["What's your answer?", 'What do you say?', 'Your answer?'],
    reprompt: [
      'Say "the answer is", then your answer. What is it?',
      'What is your answer to today’s question?',
      'Take a guess: what is your answer?',
    ],
    correct: ['Correct!', 'Spot on!', "That's right!"],
    wrong: ['Not quite. The answer is {{answer}}.', 'Close, but no. It is {{answer}}.', 'Sorry, the answer is {{answer}}.'],
    streakStart: ['Your streak starts today.', 'That is day one of your streak.', 'Day one of a new streak!'],
    streak: ['That makes a {{count}} day streak!', 'Your streak is now {{count}} days.', '{{count}} days in a row. Keep it up!'],
    already: [
      "You've already answered today's question. A new one comes at midnight.",
      'One try a day, and today’s is done. Come back after midnight for the next question.',
      'Today’s question is answered. The next one arrives at midnight.',
    ],
    noAnswer: ["I didn't catch an answer.", 'I missed your answer.', 'Sorry, what was your answer?'],
    none: ['There is no question today.', 'The quiz is resting today.', 'No question today, sorry.'],
  },
  news: {
    streak: [
      'Your {{count}} day streak is waiting: today’s question is ready.',
      'Keep your {{count}} day streak going with today’s question.',
      'Today’s question is ready for your {{count}} day streak.',
    ],
    series: [
      'Your {{title}} series is waiting: just say continue.',
      'Say continue to pick up your {{title}} tips.',
      'You have more {{title}} tips to go. Say continue any time.',
    ],
    newDay: ['There is a fresh fortune today.', 'A new day, a new fortune.', 'Today brings a new fortune.'],
  },
  orientation: [
    'Every day brings a new fortune and one quiz question. Ask for tips any time.',
    'You get a fresh fortune and a daily question each day, plus tips whenever you like.',
    'Each day: one fortune, one question. Tips whenever you want them.',
  ],
  replay: { lead: ['Here it is again.', 'Once more:', 'Again, from last time:'] },
  anotherFortune: ['Want another fortune?', 'Shall I crack open another cookie?', 'How about one more fortune?'],
  card: {
    fortune: "Today's fortune",
    tip: 'A tip about {{title}}',
    help: 'What Fortune Cookie can do',
    question: "Today's question",
  },
  topics: {
    'batch-computing': 'batch computing',
    postmortems: 'postmortems',
    metrics: 'metrics',
    'continuous-delivery': 'continuous delivery',
    containers: 'containers',
    'voice-design': 'voice design',
    fortunes: 'fortunes',
  },
} as const;

export type PromptTree = typeof en;
