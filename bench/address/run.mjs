// The address bench: postcode normalisation and validation against the `postcode` package and
// `postcode-validator`, and lookups per second through withCache (warm) against direct lookups
// through the OS Places adapter. Every result is a ratio of contenders measured in the same run.
//
//   npm run build && node bench/address/run.mjs [--seconds 1] [--rounds 3]
import { createRequire } from 'node:module';
import { parseOptions, positiveIntegerOption } from '../lib/args.mjs';
import { importBuilt } from '../lib/import-built.mjs';
import { median } from '../lib/stats.mjs';
import { lookupsPerSecond, startOsPlacesStub } from './lookups.mjs';
import { postcodeContenders, postcodeCorpus, throughput } from './postcodes.mjs';

const options = parseOptions(process.argv.slice(2));
const seconds = positiveIntegerOption(options, 'seconds', 1);
const rounds = positiveIntegerOption(options, 'rounds', 3);
const durationMs = seconds * 1000;

const require = createRequire(import.meta.url);
const core = await importBuilt('@councilkit/core');
const address = await importBuilt('@councilkit/address');
const { osPlaces } = await importBuilt('@councilkit/address-os-places');
const contenders = postcodeContenders(core, require('postcode'), require('postcode-validator'));
const corpus = postcodeCorpus();

const format = (value) => Math.round(value).toLocaleString('en-GB');
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;

// Rounds interleave the contenders, so a burst of load from elsewhere hits them alike; the median
// of the rounds is reported.
function measureAll(group) {
  const samples = Object.fromEntries(Object.keys(group).map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const [name, work] of Object.entries(group))
      samples[name].push(throughput(corpus, work, durationMs));
  }
  return Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, median(values)]));
}

console.log(`address bench: ${corpus.length} mixed postcodes, ${rounds} rounds of ${seconds} s each\n`);
const normalise = measureAll(contenders.normalise);
console.log('normalise (postcodes/s):');
for (const [name, value] of Object.entries(normalise)) console.log(`  ${name.padEnd(20)} ${format(value)}`);
console.log(`  councilkit / postcode: ${ratio(normalise.councilkit, normalise.postcode)}\n`);

const validate = measureAll(contenders.validate);
console.log('validate (postcodes/s):');
for (const [name, value] of Object.entries(validate)) console.log(`  ${name.padEnd(20)} ${format(value)}`);
console.log(`  councilkit / postcode: ${ratio(validate.councilkit, validate.postcode)}`);
console.log(
  `  councilkit / postcode-validator: ${ratio(validate.councilkit, validate['postcode-validator'])}\n`,
);

const stub = await startOsPlacesStub();
try {
  const direct = osPlaces({ apiKey: 'bench-key', baseUrl: stub.baseUrl, retry: false });
  const cached = address.withCache(direct, { ttlMs: 3_600_000, maxEntries: 1000 });
  await cached.findByPostcode('W1W 7RT'); // warm
  for (const concurrency of [1, 16]) {
    const directSamples = [];
    const cachedSamples = [];
    for (let round = 0; round < rounds; round++) {
      directSamples.push(
        await lookupsPerSecond(() => direct.findByPostcode('W1W 7RT'), { durationMs, concurrency }),
      );
      cachedSamples.push(
        await lookupsPerSecond(() => cached.findByPostcode('w1w7rt'), { durationMs, concurrency }),
      );
    }
    const directRate = median(directSamples);
    const cachedRate = median(cachedSamples);
    console.log(`findByPostcode at concurrency ${concurrency} (lookups/s):`);
    console.log(`  direct (osPlaces over loopback HTTP)  ${format(directRate)}`);
    console.log(`  withCache, warm                       ${format(cachedRate)}`);
    console.log(`  warm cache / direct: ${ratio(cachedRate, directRate)}\n`);
  }
} finally {
  await stub.close();
}
console.log('Ratios only: the machine is shared, so absolute rates vary from run to run.');
