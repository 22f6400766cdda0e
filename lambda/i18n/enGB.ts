/** British English: only the phrasings that differ from en.ts. */
export const enGB = {
  goodbye: [
    'Goodbye!',
    'See you tomorrow for a fresh fortune!',
    'Cheerio for now!',
    'Take care, and pop back tomorrow!',
    'Until tomorrow!',
    'See you soon!',
    'Cheers! Another cookie waits tomorrow.',
  ],
} as const;
