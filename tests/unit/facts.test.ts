/**
 * Audited facts (issue 11, "Facts and tool answers" items 4-11, and the review of those fixes: Firehose compression
 * for Redshift as AWS words it, S3 durability and maximum object size, Availability Zone figures, RG node sizes).
 *
 * Two tables:
 * - OUTDATED: a claim that was found outdated or imprecise. Wherever its pattern matches one "unit" of text
 *   (a sentence of prose, or a whole table row or list item), the same unit must also carry the qualifier
 *   that makes it right (for example "20 enhanced fan-out consumers" only beside On-demand Advantage's 50).
 *   A claim without qualifiers must not appear at all.
 * - REQUIRED: the page that owns a fact states the corrected fact and links the AWS page it was checked
 *   against (an inline link on the page, in its text, Key facts or History).
 *
 * Every file under src/content (pages, flashcard decks, practice questions) is scanned.
 */
import { describe, expect, it } from 'vitest';

import { files, units } from './support/content-units';

interface Outdated {
  /** What was outdated, in a few words. */
  claim: string;
  /** Matches a unit that makes the claim. */
  pattern: RegExp;
  /** Every one of these must also match the same unit; an empty list means the claim must be gone. */
  qualifiers: RegExp[];
}

const OUTDATED: Outdated[] = [
  {
    claim: 'Item 5: "up to 20 enhanced fan-out consumers" without On-demand Advantage\'s 50',
    pattern: /(?:enhanced fan-out|\bEFO\b)[^|]{0,80}?\b(?:20|twenty)\b|\b(?:20|twenty)\b[^|]{0,80}?(?:enhanced fan-out|\bEFO\b)/i,
    qualifiers: [/\b50\b/, /Advantage/],
  },
  {
    claim: 'Item 6: on-demand billed "per stream-hour" without telling On-demand Standard from Advantage',
    pattern: /stream[- ]hour|per stream per hour|per-hour charge for each (?:data )?stream/i,
    qualifiers: [/Standard/, /Advantage/],
  },
  {
    claim: 'Item 4: on-demand scaling described as automatic without its per-stream maximum',
    pattern: /on-demand[^|]{0,80}?(?:scales? (?:up )?automatically|\(automatic\))|automatic(?:ally)?\b[^.|]{0,20}\b(?:with|in) on-demand/i,
    qualifiers: [/per-stream maximum|10 GB\/s|200 MB\/s/i],
  },
  {
    claim: 'Item 7: Redshift automated snapshots "every 8 hours or 5 GB" without "per node"',
    pattern: /\b(?:8 ?h(?:ours?)?|eight hours)\b[^|]{0,80}\b5 GB\b|\b5 GB\b[^|]{0,80}\b(?:8 ?h(?:ours?)?|eight hours)\b/i,
    qualifiers: [/per node/i],
  },
  {
    claim: 'Item 8: the node types you can create listed without the Graviton RG types',
    pattern: /node types? (?:accepted|you can create|available) when you create|recommends RA3 \(or DC2\)/i,
    qualifiers: [/\bRG\b|\brg\./],
  },
  {
    claim: 'Item 9: Glue dev endpoints "0.9 and 1.0" without their end of life on 1 April 2026',
    pattern: /dev(?:elopment)? endpoints?[^|]{0,80}?0\.9 and 1\.0|0\.9 and 1\.0[^|]{0,80}?dev(?:elopment)? endpoints?/i,
    qualifiers: [/1 April 2026|end of life/i],
  },
  {
    claim: 'Item 10: the Firehose "GZIP only for Redshift" rule said to be unchecked',
    pattern: /not (?:been )?re-?checked[^|]*GZIP|GZIP[^|]*not (?:been )?re-?checked/i,
    qualifiers: [],
  },
  {
    claim: 'Item 10: "only GZIP" for Redshift stated as AWS\'s rule, without the notes or uncompressed delivery',
    pattern: /\bonly\s+GZIP\b|\bGZIP only\b/i,
    qualifiers: [/\bnotes\b|uncompressed/i],
  },
  {
    claim: 'Review: S3 durability "the same for all storage classes" without the Reduced Redundancy exception',
    pattern:
      /same for (?:all|every)(?: current)? (?:storage )?class(?:es)?|all (?:storage )?classes have the same durability|\bDurability does not\b/i,
    qualifiers: [/Reduced Redundancy/],
  },
  {
    claim: 'Review: "typically 3" data centers per AZ or "hundreds of thousands of servers" given as AWS fact',
    pattern: /typically 3\b|hundreds of thousands of servers/i,
    qualifiers: [/\bnotes\b/i, /unverified|gives? neither|does not give|not in the AWS documentation/i],
  },
  {
    claim: 'Item 11: Lambda timeout "15 minutes, unchanged" without the Lambda Managed Instances exception',
    pattern: /\b(?:still|unchanged)\b[^|]{0,60}\b15 minutes\b|\b15 minutes\b[^|]{0,30}\b(?:unchanged|still)\b/i,
    qualifiers: [/Managed Instances/, /90 minutes/],
  },
];

interface Required {
  claim: string;
  /** File under src/content. */
  file: string;
  /** The corrected fact, as the page words it. */
  fact: RegExp;
  /** The AWS page the fact was checked against; the file must link it. */
  source: string;
}

const REQUIRED: Required[] = [
  {
    claim: 'Item 4: the Kinesis capacity table gives on-demand scaling its per-stream maximum',
    file: 'docs/streaming/kinesis-data-streams.mdx',
    fact: /^\| Scaling \|[^\n]*10 GB\/s[^\n]*200 MB\/s/m,
    source: 'https://docs.aws.amazon.com/streams/latest/dev/service-sizes-and-limits.html',
  },
  {
    claim: 'Item 5: Kinesis page gives 50 EFO consumers for On-demand Advantage, 20 otherwise',
    file: 'docs/streaming/kinesis-data-streams.mdx',
    fact: /On-demand Advantage[^.]*\b50\b[^.]*On-demand Standard[^.]*\b20\b/,
    source: 'https://docs.aws.amazon.com/kinesis/latest/APIReference/API_RegisterStreamConsumer.html',
  },
  {
    claim: 'Item 5: Kinesis page links the developer guide page on enhanced fan-out limits',
    file: 'docs/streaming/kinesis-data-streams.mdx',
    fact: /50 consumers per stream/,
    source: 'https://docs.aws.amazon.com/streams/latest/dev/enhanced-consumers.html',
  },
  {
    claim: 'Item 6: Kinesis page bills On-demand Advantage with no per-stream charge, lower per-GB rates',
    file: 'docs/streaming/kinesis-data-streams.mdx',
    fact: /On-demand Advantage[^|\n]*no (?:fixed )?per-stream charge[^|\n]*at least 60% lower/,
    source: 'https://docs.aws.amazon.com/streams/latest/dev/how-do-i-size-a-stream.html',
  },
  {
    claim: 'Item 6: Kinesis page explains the Advantage throughput commitment (24-hour minimum)',
    file: 'docs/streaming/kinesis-data-streams.mdx',
    fact: /minimum throughput billing commitment[^.]*24 hours/i,
    source: 'https://docs.aws.amazon.com/kinesis/latest/APIReference/API_MinimumThroughputBillingCommitmentInput.html',
  },
  {
    claim: 'Item 6: Kinesis page gives the Advantage commitment floor (25 MB/s in and 25 MB/s out per Region)',
    file: 'docs/streaming/kinesis-data-streams.mdx',
    fact: /minimum of 25MB\/s of data ingest and 25MB\/s of data\s+retrieval/,
    source: 'https://aws.amazon.com/kinesis/data-streams/faqs/',
  },
  {
    claim: 'Item 6: streaming-compared billing row tells On-demand Standard from Advantage',
    file: 'docs/streaming/streaming-compared.mdx',
    fact: /^\| Billing \|[^\n]*On-demand Standard[^\n]*On-demand Advantage/m,
    source: 'https://docs.aws.amazon.com/streams/latest/dev/how-do-i-size-a-stream.html',
  },
  {
    claim: 'Item 7: Redshift snapshots every 8 hours or 5 GB per node',
    file: 'docs/query-analytics/amazon-redshift.mdx',
    fact: /eight hours or following every 5 GB per node of data changes/,
    source: 'https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-snapshots.html',
  },
  {
    claim: 'Item 8: Redshift page gives the RG launch and the advice that RA3 users plan to move to RG',
    file: 'docs/query-analytics/amazon-redshift.mdx',
    fact: /launched Graviton-based RG instances[\s\S]{0,200}plan their migration to RG/,
    source: 'https://aws.amazon.com/blogs/big-data/modernize-amazon-redshift-ra3-to-rg-migration-best-practices/',
  },
  {
    claim: 'Item 8: Redshift page names the RG node types from the API reference',
    file: 'docs/query-analytics/amazon-redshift.mdx',
    fact: /`rg\.xlarge` and `rg\.4xlarge`/,
    source: 'https://docs.aws.amazon.com/redshift/latest/APIReference/API_ModifyCluster.html',
  },
  {
    claim: 'Review: Redshift page names all four RG sizes now in the AWS documentation',
    file: 'docs/query-analytics/amazon-redshift.mdx',
    fact: /`rg\.large`, `rg\.xlarge`, `rg\.4xlarge` and `rg\.12xlarge`/,
    source: 'https://docs.aws.amazon.com/redshift/latest/dg/declare.html',
  },
  {
    claim: 'Item 8: Redshift page gives the DC2 deprecation',
    file: 'docs/query-analytics/amazon-redshift.mdx',
    fact: /deprecation of Amazon Redshift DC2/,
    source: 'https://aws.amazon.com/blogs/big-data/amazon-redshift-dc2-migration-approach-with-a-customer-case-study',
  },
  {
    claim: 'Item 9: Glue page gives the end of life of Glue 0.9 and 1.0 (and so of dev endpoints)',
    file: 'docs/catalog-etl/aws-glue.mdx',
    fact: /0\.9 and 1\.0[^.]*end of life on 1 April 2026/,
    source: 'https://docs.aws.amazon.com/glue/latest/dg/glue-version-support-policy.html',
  },
  {
    claim: 'Item 10: Firehose page cites the API reference for GZIP-only Redshift delivery',
    file: 'docs/streaming/amazon-data-firehose.mdx',
    fact: /SNAPPY or ZIP cannot be specified/,
    source: 'https://docs.aws.amazon.com/firehose/latest/APIReference/API_RedshiftDestinationConfiguration.html',
  },
  {
    claim: 'Item 10: Firehose page gives the CompressionFormat values and the uncompressed default',
    file: 'docs/streaming/amazon-data-firehose.mdx',
    fact: /UNCOMPRESSED \| GZIP \| ZIP \| Snappy \| HADOOP_SNAPPY[\s\S]{0,80}the default is UNCOMPRESSED[\s\S]{0,300}GZIP or uncompressed/,
    source: 'https://docs.aws.amazon.com/firehose/latest/APIReference/API_S3DestinationUpdate.html',
  },
  {
    claim: 'Review: S3 page gives the Reduced Redundancy durability exception',
    file: 'docs/storage/amazon-s3.mdx',
    fact: /Reduced Redundancy[^.]*99\.99% durability/,
    source: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage-class-intro.html',
  },
  {
    claim: 'Review: S3 page sources the "50 TB" wording beside 48.8 TiB',
    file: 'docs/storage/amazon-s3.mdx',
    fact: /commonly references 50 TB object size limit, the actual maximum object size is 53\.7 TB \(48\.8 TiB\)/,
    source: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingObjects.html',
  },
  {
    claim: 'Review: Availability Zone page defines an AZ as AWS does',
    file: 'docs/security/availability-zones-and-durability.mdx',
    fact: /one or more discrete data centers/,
    source: 'https://docs.aws.amazon.com/whitepapers/latest/aws-fault-isolation-boundaries/availability-zones.html',
  },
  {
    claim: 'Item 10: Redshift page cites the same API reference',
    file: 'docs/query-analytics/amazon-redshift.mdx',
    fact: /SNAPPY or ZIP cannot be specified/,
    source: 'https://docs.aws.amazon.com/firehose/latest/APIReference/API_RedshiftDestinationConfiguration.html',
  },
  {
    claim: 'Item 11: Lambda page gives the Lambda Managed Instances exception to the 15-minute timeout',
    file: 'docs/processing/aws-lambda.mdx',
    fact: /up to 90 minutes for Lambda Managed Instances functions invoked asynchronously or through any event source mapping except Amazon MQ and Amazon DocumentDB/,
    source: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html',
  },
];

describe('the unit splitter', () => {
  it.each([
    { text: 'One sentence. Another one.', expected: ['One sentence.', 'Another one.'] },
    { text: '| a | b |\n| c | d |', expected: ['| a | b |', '| c | d |'] },
    { text: '- first item\n  continues. Still item.\n- second', expected: ['- first item continues. Still item.', '- second'] },
    { text: 'up to **20**\nregistered consumers', expected: ['up to 20 registered consumers'] },
  ])('$text -> $expected', ({ text, expected }) => {
    expect(units(text)).toEqual(expected);
  });
});

describe('the outdated-claim patterns catch the wordings that were on the site', () => {
  it.each([
    { index: 0, unit: 'A stream can have up to 20 registered enhanced fan-out consumers.' },
    { index: 0, unit: '| Read per shard, enhanced fan-out | 2 MB/s per consumer, pushed | Up to 20 EFO consumers per stream |' },
    { index: 1, unit: '| Billing | Per shard-hour (provisioned) or per stream-hour plus per GB (on-demand) |' },
    { index: 1, unit: 'You pay per stream per hour plus data in and out per GB.' },
    { index: 2, unit: 'Capacity planning applies only in provisioned mode. On-demand mode scales automatically.' },
    { index: 2, unit: '| Capacity | Provisioned shards (you scale) or on-demand (automatic) |' },
    { index: 3, unit: '| When taken | Every 8 hours or every 5 GB of data changes (the default) |' },
    { index: 4, unit: 'Now: AWS recommends RA3 (or DC2) node types; the node types accepted when you create a cluster are x.' },
    { index: 5, unit: '- Glue versions: sessions 2.0 and later; dev endpoints 0.9 and 1.0 only.' },
    { index: 6, unit: 'The "only GZIP for Redshift" rule was not re-checked against current documentation.' },
    { index: 7, unit: '| Amazon Data Firehose | Delivers streams to Redshift by staging in S3 and running `COPY` (GZIP only); see x |' },
    { index: 7, unit: 'Only GZIP is supported if the data is loaded into Amazon Redshift.' },
    { index: 8, unit: '| Varies by class? | No, it is the same for all storage classes | Yes |' },
    { index: 8, unit: 'Every object has a storage class. All classes have the same durability, but they differ in availability.' },
    { index: 9, unit: '- Each AZ can be multiple data centers (typically 3). At full scale an AZ can be hundreds of thousands of servers.' },
    { index: 10, unit: '| Maximum execution time (timeout) | 15 minutes | Still 15 minutes |' },
    { index: 10, unit: '- Maximum execution time: 15 minutes (unchanged).' },
  ])('claim $index matches $unit', ({ index, unit }) => {
    const rule = OUTDATED[index];
    expect(rule).toBeDefined();
    expect(rule?.pattern.test(unit.replace(/\*\*/g, ''))).toBe(true);
  });

  it('leaves unrelated facts alone', () => {
    const unrelated = [
      'About 200 ms for classic consumers, about 70 ms with enhanced fan-out.',
      'Every 30 minutes or after every 5 GB of data changes per node, whichever comes first.',
      'Lambda is limited to 15 minutes per invocation.',
      'Compression (GZIP, ZIP, SNAPPY) shrinks the files Firehose writes.',
      'Every class in the table has a designed durability of 99.999999999%.',
    ];
    for (const unit of unrelated) {
      expect(OUTDATED.filter((rule) => rule.pattern.test(unit)).map((rule) => rule.claim)).toEqual([]);
    }
  });
});

describe('outdated claims appear only with their qualifier', () => {
  it('there are content files to scan', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it.each(OUTDATED.map((rule) => [rule.claim, rule] as const))('%s', (_claim, rule) => {
    const offenders = files.flatMap((file) =>
      units(file.text)
        .filter((unit) => rule.pattern.test(unit))
        .filter((unit) => rule.qualifiers.length === 0 || !rule.qualifiers.every((q) => q.test(unit)))
        .map((unit) => `${file.id}: ${unit.slice(0, 200)}`),
    );
    expect(offenders).toEqual([]);
  });
});

describe('corrected facts are stated with their AWS source', () => {
  it.each(REQUIRED.map((rule) => [rule.claim, rule] as const))('%s', (_claim, rule) => {
    const file = files.find((candidate) => candidate.id === rule.file);
    expect(file, rule.file).toBeDefined();
    const text = (file?.text ?? '').replace(/\*\*/g, '').replace(/\n(?![\n|])\s*/g, ' ');
    expect(rule.fact.test(text), `${rule.file} states ${String(rule.fact)}`).toBe(true);
    expect(file?.raw.includes(rule.source), `${rule.file} links ${rule.source}`).toBe(true);
  });
});
