// npm run exempeldata: regenerates data/exempel/oj-lss-<år>-exempeldata.xlsx (deterministic).
import { writeExampleWorkbooks } from '../src/exempel/write.ts';
import { dataPath } from '../src/paths.ts';

const files = await writeExampleWorkbooks(dataPath('exempel'));
for (const f of files) process.stdout.write(`Skrev ${f}\n`);
