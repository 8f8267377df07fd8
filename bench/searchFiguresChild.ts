/**
 * Run by bench/run.ts in a process of its own: the folding and index-size figures (searchFigures.ts)
 * build a sample of their own, whose memory must not count in the benchmark's peak resident memory.
 * Prints one JSON document.
 */
import { parseArgs } from 'node:util';
import { generateApplicants } from './generate';
import { foldingFigures, indexSizes } from './searchFigures';

const { values } = parseArgs({ options: { applicants: { type: 'string', default: '20000' } } });
const sample = generateApplicants(Number(values.applicants), 11);
process.stdout.write(`${JSON.stringify({ folding: foldingFigures(sample), sizes: indexSizes(sample) })}\n`);
