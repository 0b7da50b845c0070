// Postcode normalisation and validation throughput: councilkit's core functions against the
// `postcode` package and `postcode-validator`, over the same mixed input, in the same process.

/** A fixed mix of what users type: canonical, lower case, no space, extra spaces, and mistakes. */
export function postcodeCorpus() {
  const valid = [
    'SW1A 2AA',
    'SO16 0AS',
    'BN1 1JE',
    'M2 5DB',
    'EH1 1YJ',
    'CF10 3ND',
    'BT1 5GS',
    'W1W 7RT',
    'SK1 3XE',
    'EC1A 1BB',
  ];
  const typed = valid.flatMap((postcode) => [
    postcode,
    postcode.toLowerCase(),
    postcode.replace(' ', ''),
    `  ${postcode.toLowerCase().replace(' ', '  ')} `,
  ]);
  const invalid = [
    'SW1A OAA',
    'QA1 1AA',
    'NOT A POSTCODE',
    '',
    '12345',
    'SW1A 1AA SW1A 1AA',
    "'; DROP TABLE x; --",
  ];
  return [...typed, ...invalid];
}

/** Runs `work` over the corpus for about `durationMs`; returns postcodes handled per second. */
export function throughput(corpus, work, durationMs) {
  let handled = 0;
  let sink = 0;
  const started = performance.now();
  let elapsed = 0;
  while (elapsed < durationMs) {
    for (let round = 0; round < 50; round++) {
      for (const input of corpus) if (work(input)) sink++;
    }
    handled += corpus.length * 50;
    elapsed = performance.now() - started;
  }
  if (sink < 0) console.log(sink);
  return (handled / elapsed) * 1000;
}

/** The contenders: each normalises (null when invalid) and validates. */
export function postcodeContenders(core, postcodePackage, validatorPackage) {
  return {
    normalise: {
      councilkit: (input) => {
        if (!core.isValidPostcode(input)) return null;
        return core.normalisePostcode(input);
      },
      postcode: (input) => postcodePackage.toNormalised(input),
    },
    validate: {
      councilkit: (input) => core.isValidPostcode(input),
      postcode: (input) => postcodePackage.isValid(input),
      'postcode-validator': (input) => validatorPackage.postcodeValidator(input, 'GB'),
    },
  };
}
