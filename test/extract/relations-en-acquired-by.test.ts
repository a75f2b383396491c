// Tests for passive acquisitions (relations.json en-acquired-by): "VMware was bought by Broadcom" says Broadcom
// acquired VMware, as "Broadcom bought VMware" does.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

describe('an acquisition told in the passive', () => {
  it.each([
    ['Then VMware was bought by Broadcom and three of our contributors vanished.', 'Broadcom -ACQUIRED-> VMware'],
    ['National Veterinary Associates was acquired by JAB Holding back in 2019.', 'JAB Holding -ACQUIRED-> National Veterinary Associates'],
    ['We built on Kestrel Labs, which was later acquired by Northwind Robotics.', 'Northwind Robotics -ACQUIRED-> Kestrel Labs'],
    ['In 2021 Halden Foods was sold to Unilever for a lot of money.', 'Unilever -ACQUIRED-> Halden Foods'],
  ])('%s → %s', (text, line) => {
    expect(relationsOf(text)).toContain(line);
  });

  it('buyers that are no organization give nothing', () => {
    expect(relationsOf('Halden Foods was bought by private investors in 2021.').filter((l) => l.includes('ACQUIRED'))).toEqual([]);
  });
});
